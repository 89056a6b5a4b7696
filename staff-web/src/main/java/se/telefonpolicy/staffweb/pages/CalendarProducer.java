package se.telefonpolicy.staffweb.pages;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.telefonpolicy.calendar.WorkingCalendar;

/** Swedish working days, for "gone for the day": back on the next working day (not on juldagen). */
@Singleton
public class CalendarProducer {

    // @Singleton, not @ApplicationScoped: the calendar is final and cannot be proxied
    @Produces
    @Singleton
    WorkingCalendar calendar() {
        return WorkingCalendar.sweden();
    }
}
