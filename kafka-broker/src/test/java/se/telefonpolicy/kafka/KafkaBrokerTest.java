package se.telefonpolicy.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.telefonpolicy.contracts.Topic;

class KafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void createsCatalogueTopicsAndKeepsRecordsAcrossARestart() throws Exception {
        String bootstrap;
        try (KafkaBroker broker = KafkaBroker.start(dataDir, 0)) {
            bootstrap = broker.bootstrapServers();
            broker.createTopics(Topic.allSpecs());
            broker.createTopics(Topic.allSpecs()); // idempotent

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                TopicDescription employees = admin.describeTopics(Set.of(Topic.DIRECTORY_EMPLOYEES.topicName()))
                        .allTopicNames().get(10, TimeUnit.SECONDS).get(Topic.DIRECTORY_EMPLOYEES.topicName());
                assertThat(employees.partitions()).hasSize(Topic.DIRECTORY_EMPLOYEES.partitions());
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topic.DIRECTORY_EMPLOYEES.topicName());
                String cleanup = admin.describeConfigs(Set.of(resource)).all().get(10, TimeUnit.SECONDS)
                        .get(resource).get("cleanup.policy").value();
                assertThat(cleanup).isEqualTo("compact");
                assertThat(admin.listTopics().names().get()).contains(Topic.PBX_CALLS.dlqName());
            }
            produce(bootstrap, "kept-across-restart");
        }
        // same folder, new process-equivalent: the record must still be there
        try (KafkaBroker again = KafkaBroker.start(dataDir, 0)) {
            assertThat(consumeAll(again.bootstrapServers())).contains("kept-across-restart");
        }
    }

    private static void produce(String bootstrap, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topic.PBX_CALLS.topicName(), "employee-1", value)).get(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(String bootstrap) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "broker-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topic.PBX_CALLS.topicName()));
            long deadline = System.currentTimeMillis() + 30_000;
            var values = new java.util.ArrayList<String>();
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
            return values;
        }
    }
}
