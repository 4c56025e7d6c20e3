# syntax=docker/dockerfile:1
# The store as a container image: Next's standalone server, run as a non-root user.
#   docker build -t qlclaw .                   the web instance (the last stage, "web")
#   docker build --target tools -t qlclaw-tools .  the same code with its tools: `npm run worker`, `npm run db:migrate`
# `next build` prerenders pages and so reads a database. Pass the production one as a BuildKit secret:
#   docker build --secret id=database_url,env=DATABASE_URL -t qlclaw .
# Without it the build uses an embedded, seeded PostgreSQL, and pages show the seed catalogue until they are
# revalidated on first request (at most a minute later).

ARG NODE_IMAGE=node:20-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
RUN chown node:node /app
USER node

# Dependencies only, so a code change does not reinstall them. postinstall generates the Prisma client.
FROM base AS deps
COPY --chown=node:node package.json package-lock.json prisma.config.ts ./
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node scripts/prisma-generate.mjs ./scripts/
COPY --chown=node:node lib/db/exit-hook-adapter ./lib/db/exit-hook-adapter
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY --chown=node:node . .
RUN --mount=type=secret,id=database_url,uid=1000 \
    if [ -f /run/secrets/database_url ]; then export DATABASE_URL="$(cat /run/secrets/database_url)"; fi; \
    NEXT_OUTPUT=standalone npm run build

# The worker and the migration one-shot run from source with tsx, like `npm run` on a machine. They keep the
# build: the worker expires pages in the shared cache under the build's id (.next/BUILD_ID), as the web does.
FROM build AS tools
ENV NODE_ENV=production
CMD ["npm", "run", "worker"]

FROM base AS web
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
