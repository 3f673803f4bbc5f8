// The picture saved as a file: the SVG as compiled, or a PNG drawn from it by the browser at
// twice its size (crisp on high-density screens and in slides).
const PNG_SCALE = 2

function save(blob: Blob, name: string): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 0)
}

export function downloadSvg(svg: string, name: string): void {
  save(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`)
}

export async function downloadPng(svg: string, name: string): Promise<void> {
  const image = new Image()
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  await image.decode()
  URL.revokeObjectURL(image.src)
  // The SVG's own size: an image's natural size drops the fraction of a pixel.
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as SVGSVGElement
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(root.width.baseVal.value * PNG_SCALE)
  canvas.height = Math.ceil(root.height.baseVal.value * PNG_SCALE)
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height)
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (png) save(png, `${name}.png`)
}
