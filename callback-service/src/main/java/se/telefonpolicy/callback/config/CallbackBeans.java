package se.telefonpolicy.callback.config;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.callback.domain.CallbackDeadlines;
import se.telefonpolicy.callback.domain.DueSoonRule;

/** Wires the plain-Java domain to its configuration; the WorkingCalendar comes from the platform. */
public class CallbackBeans {

    @Produces
    @Singleton
    CallbackDeadlines callbackDeadlines(WorkingCalendar calendar,
            @ConfigProperty(name = "telefonpolicy.callback.working-days") int workingDays) {
        return new CallbackDeadlines(calendar, workingDays);
    }

    @Produces
    @Singleton
    DueSoonRule dueSoonRule(WorkingCalendar calendar,
            @ConfigProperty(name = "telefonpolicy.callback.due-soon-within") Duration within) {
        return new DueSoonRule(calendar, within);
    }
}
