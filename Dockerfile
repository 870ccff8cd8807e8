# syntax=docker/dockerfile:1
# One image recipe for every Node service of Birge, chosen with the APP build argument
# (registry, assistance, analytics, notifications, identity, gateway), and a `dashboard` target that
# serves the built dashboard with nginx. docker-compose.yml shows how each is built.
#
#   docker build --target node-app --build-arg APP=registry -t birge-registry .
#   docker build --target dashboard -t birge-dashboard .

ARG NODE_VERSION=22

# All dependencies, for building. Install scripts are skipped: none of the packages needs its
# own (see "allowScripts" in package.json) and the embedded PostgreSQL is not used in images.
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /workspace
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

# Compiles one app and the workspace libraries it uses to CommonJS with swc (decorator metadata
# included) into dist/apps/$APP/apps/$APP/src/main.js.
FROM deps AS build
ARG APP
COPY . .
RUN test -n "$APP" || { echo "build argument APP is required (registry, assistance, analytics, notifications, identity, gateway)" >&2; exit 1; }
RUN node tools/build/build-node-app.mjs "$APP"

# Runtime dependencies only.
FROM node:${NODE_VERSION}-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS node-app
ARG APP
# The heap is bounded so that one runaway request cannot take the host: the service stops alone
# and the runtime restarts it (restart: unless-stopped in docker-compose.yml).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    APP=${APP} \
    NODE_OPTIONS=--max-old-space-size=512
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=build /workspace/dist/apps/${APP} ./dist/apps/${APP}
USER node
# exec: node becomes PID 1 and receives SIGTERM, on which every service shuts down cleanly.
CMD ["/bin/sh", "-c", "exec node dist/apps/$APP/apps/$APP/src/main.js"]

# The dashboard: a static Vite build.
FROM deps AS dashboard-build
COPY . .
RUN node node_modules/vite/bin/vite.js build --config apps/dashboard/vite.config.ts

# nginx serves it and forwards /graphql to the gateway (GATEWAY_UPSTREAM, substituted into the
# config by the image's template step at start-up), so the browser talks to one origin.
FROM nginx:1.27-alpine AS dashboard
ENV GATEWAY_UPSTREAM=http://gateway:4000
COPY tools/deploy/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=dashboard-build /workspace/dist/apps/dashboard /usr/share/nginx/html
EXPOSE 80
