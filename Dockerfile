# One image for api and worker (same code, another entry point). Built on a current LTS.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
# The heap ceiling of APP_NODE_FLAGS (libs/core/src/config/process-flags.ts): keeps RSS < 300 MB.
ENV NODE_OPTIONS=--max-old-space-size=160
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
