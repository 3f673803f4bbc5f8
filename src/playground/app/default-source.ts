// The diagram the playground opens with when its address holds none: short, and showing what
// sets Lifeline apart (shapes, a queued message drawn slanted while the reply goes out).
export const DEFAULT_SOURCE = `# Edit me: the picture follows as you type.
# The address keeps the diagram: copy it to share it.
title: Sign-up with a queued welcome email

user: Visitor { shape: actor }
web: Web app
db: Users DB { shape: database }
queue: email-jobs { shape: queue }
worker: Mail worker

user -> web: POST /signup
web -> db: INSERT INTO users
db --> web: id = 4812
web ->> queue: enqueue welcome_email
queue ->> worker: deliver job { delay: 2 }
web --> user: 201 Created
worker -> worker: render template
`
