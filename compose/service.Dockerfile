# The image of one module from the jar that `./mvnw -DskipTests package` built: the build context is the project
# folder and MODULE is orchestrator, account-consumer or provisioning (tcc-provision: compose's one-shot services).
# (Building inside the image would need the network.)
FROM eclipse-temurin:17-jre

ARG MODULE
ARG PORT=8080

RUN groupadd --system tcc && useradd --system --gid tcc --no-create-home tcc \
    && mkdir /tls && chown tcc:tcc /tls
WORKDIR /app
COPY ${MODULE}/target/*-exec.jar /app/service.jar

USER tcc
# the port the service listens on and its health check probes; set SERVER_PORT at run time to move both
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
HEALTHCHECK --interval=5s --timeout=3s --start-period=60s --retries=12 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health" >/dev/null || exit 1
# G1 regions of 4 MB: the MariaDB driver's 1 MB send buffer is then no humongous object (docs/scaling.md, "The JVM")
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:G1HeapRegionSize=4m", "-jar", "/app/service.jar"]
