package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void ceTypeFollowsTheNamingRule(EventType type) {
        String packageName = type.dataClass().getPackageName();
        String area = packageName.substring(packageName.lastIndexOf('.') + 1);
        String event = kebab(type.dataClass().getSimpleName());
        if (event.startsWith(area + "-")) {
            event = event.substring(area.length() + 1);
        }
        String topicVersion = type.topic().topicName().substring(type.topic().topicName().lastIndexOf('.') + 1);

        assertThat(type.ceType()).isEqualTo(EventType.CE_TYPE_PREFIX + area + "." + event + "." + topicVersion);
        assertThat(type.area()).isEqualTo(area);
        assertThat(type.eventName()).isEqualTo(event);
        assertThat(type.version()).isEqualTo(topicVersion);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void isFoundByItsCeType(EventType type) {
        assertThat(EventType.byCeType(type.ceType())).contains(type);
    }

    @Test
    void unknownCeTypesAreNotFound() {
        assertThat(EventType.byCeType("se.telefonpolicy.pbx.call-offered.v2")).isEmpty();
        assertThat(EventType.byCeType(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void dataClassIsARecordAndSourceIsThePublisher(EventType type) {
        assertThat(type.dataClass().isRecord()).isTrue();
        assertThat(type.source()).hasToString("/telefonpolicy/" + type.publisher().serviceName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void tombstonesOnlyOnCompactedTopics(EventType type) {
        if (type.tombstone()) {
            assertThat(type.topic().cleanup()).isEqualTo(Topic.Cleanup.COMPACT);
        }
    }

    @Test
    void everyTopicCarriesEventsOfOnePublisher() {
        for (Topic topic : Topic.values()) {
            Set<Publisher> publishers = Arrays.stream(EventType.values())
                    .filter(t -> t.topic() == topic).map(EventType::publisher).collect(Collectors.toSet());
            // an external topic (Asterisk's CDRs) is written by the outside system in its own format: no event types
            assertThat(publishers).as(topic.topicName()).hasSize(topic.cloudEvents() ? 1 : 0);
        }
    }

    @Test
    void externalTopicsNameTheirWriter() {
        for (Topic topic : Topic.values()) {
            assertThat(topic.externalProducer().isPresent()).as(topic.topicName()).isEqualTo(!topic.cloudEvents());
        }
        assertThat(Topic.ASTERISK_CDR.cloudEvents()).isFalse();
        assertThat(Topic.ASTERISK_CDR.externalProducer()).contains("asterisk");
        assertThat(Topic.PBX_CALLS.cloudEvents()).isTrue();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
