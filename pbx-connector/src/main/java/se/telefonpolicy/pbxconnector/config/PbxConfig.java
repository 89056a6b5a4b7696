package se.telefonpolicy.pbxconnector.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything PBX-specific; each key can be set by environment, e.g. TELEFONPOLICY_PBX_CDR_TIME_ZONE. */
@ConfigMapping(prefix = "telefonpolicy.pbx")
public interface PbxConfig {

    Cdr cdr();

    NumberPlanConfig numberPlan();

    Webhook webhook();

    interface Cdr {
        /** The PBX's time zone: cdr_kafka writes local times without a zone. */
        @WithDefault("Europe/Stockholm")
        ZoneId timeZone();
    }

    interface NumberPlanConfig {
        /** A whole internal extension, as a regular expression. */
        @WithDefault("\\d{4}")
        String extensionPattern();

        /** E.164 prefix of the direct-dial range (prefix + extension = that extension's number); none by default. */
        Optional<String> directDialPrefix();

        /** Region for numbers without a country code. */
        @WithDefault("SE")
        String defaultRegion();

        /** What internal callers dial before an external number; none by default. */
        Optional<String> outboundAccessCode();
    }

    interface Webhook {
        /** The shared HMAC secret; without it the webhook refuses every request (503). */
        Optional<String> secret();

        /** How far the signed timestamp may be from now, either way. */
        @WithDefault("PT5M")
        Duration tolerance();
    }
}
