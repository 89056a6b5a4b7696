package se.telefonpolicy.pbxconnector.config;

import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import se.telefonpolicy.pbxconnector.domain.CdrMapping;
import se.telefonpolicy.pbxconnector.domain.NumberPlan;

/** The plain-Java domain objects, built once from configuration. */
public class PbxBeans {

    @Produces
    @Singleton
    NumberPlan numberPlan(PbxConfig config) {
        PbxConfig.NumberPlanConfig plan = config.numberPlan();
        return new NumberPlan(Pattern.compile(plan.extensionPattern()), plan.directDialPrefix(), plan.defaultRegion(),
                plan.outboundAccessCode().orElse(""));
    }

    @Produces
    @Singleton
    CdrMapping cdrMapping(NumberPlan plan, PbxConfig config) {
        return new CdrMapping(plan, config.cdr().timeZone());
    }
}
