# The ispflow image: one jar, every role (ISPFLOW_ROLES picks them per container).
# Build from the repository root: docker build -t ispflow .
FROM node:20-bookworm-slim AS node

FROM maven:3.9-eclipse-temurin-17 AS build
# the server module builds the admin app with Node and npm 11 (docs/admin-app.md)
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && npm install -g npm@11
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
# curl answers the compose file's health checks
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /var/lib/ispflow --create-home ispflow
USER ispflow
WORKDIR /var/lib/ispflow
COPY --from=build /src/server/target/ispflow.jar /opt/ispflow/ispflow.jar
EXPOSE 8080
# exec form: the JVM is PID 1 and gets SIGTERM itself, so graceful shutdown runs; out of memory it
# exits rather than run on with dead processor threads, and the orchestrator restarts it
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/ispflow/ispflow.jar"]
