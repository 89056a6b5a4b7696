package se.telefonpolicy.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service under test the shared real broker and a fresh database of its own, dropped when
 * the application stops. Register it once per service module:
 * {@code @QuarkusTestResource(value = ServiceTestResources.class, initArgs = @ResourceArg(name = "service", value = "callback"))}.
 */
public class ServiceTestResources implements QuarkusTestResourceLifecycleManager {

    private String service = "service";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        database = service + "_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        infra.postgres().createDatabaseIfMissing(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.postgres().user());
        config.put("quarkus.datasource.password", infra.postgres().password());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            SharedInfrastructure.get().postgres().dropDatabase(database);
        }
    }
}
