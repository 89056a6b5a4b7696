package se.telefonpolicy.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Swedish public holidays and closed eves of a year, taken from jollyday.
 *
 * <p>jollyday reports all sixteen Swedish days as PUBLIC_HOLIDAY, so the eves are told apart by their
 * properties keys; its Swedish descriptions differ from the law's spelling ("Långfredag",
 * "Kristi himmelfärdsdag"), so the names here are our own. Its rules carry no validity years: it
 * reports nationaldagen before 2005 and never annandag pingst, which {@link #correctForLawBefore2005}
 * puts right. Keys not listed here are ignored, and a year missing one of the sixteen fails loudly,
 * so a jollyday upgrade cannot drop a closed day silently.
 */
final class SwedishHolidays {

    /** Lag (2004:1089): from 2005 nationaldagen is a holiday and annandag pingst is not. */
    static final int NATIONAL_DAY_REPLACED_WHIT_MONDAY = 2005;
    static final String WHIT_MONDAY = "Annandag pingst";

    private record Naming(String name, ClosedDayKind kind) {
    }

    private static final String PENTECOST_KEY = "christian.PENTECOST";
    private static final String NATIONAL_DAY_KEY = "NATIONAL_DAY";

    private static final Map<String, Naming> NAMING_BY_KEY = Map.ofEntries(
            Map.entry("NEW_YEAR", new Naming("Nyårsdagen", ClosedDayKind.PUBLIC)),
            Map.entry("EPIPHANY", new Naming("Trettondedag jul", ClosedDayKind.PUBLIC)),
            Map.entry("christian.GOOD_FRIDAY", new Naming("Långfredagen", ClosedDayKind.PUBLIC)),
            Map.entry("christian.EASTER", new Naming("Påskdagen", ClosedDayKind.PUBLIC)),
            Map.entry("christian.EASTER_MONDAY", new Naming("Annandag påsk", ClosedDayKind.PUBLIC)),
            Map.entry("LABOUR_DAY", new Naming("Första maj", ClosedDayKind.PUBLIC)),
            Map.entry("christian.ASCENSION_DAY", new Naming("Kristi himmelsfärdsdag", ClosedDayKind.PUBLIC)),
            Map.entry(PENTECOST_KEY, new Naming("Pingstdagen", ClosedDayKind.PUBLIC)),
            Map.entry(NATIONAL_DAY_KEY, new Naming("Nationaldagen", ClosedDayKind.PUBLIC)),
            Map.entry("MIDSUMMER", new Naming("Midsommardagen", ClosedDayKind.PUBLIC)),
            Map.entry("ALL_SAINTS", new Naming("Alla helgons dag", ClosedDayKind.PUBLIC)),
            Map.entry("CHRISTMAS", new Naming("Juldagen", ClosedDayKind.PUBLIC)),
            Map.entry("BOXING_DAY", new Naming("Annandag jul", ClosedDayKind.PUBLIC)),
            Map.entry("MIDSUMMER_EVE", new Naming("Midsommarafton", ClosedDayKind.EVE)),
            Map.entry("CHRISTMAS_EVE", new Naming("Julafton", ClosedDayKind.EVE)),
            Map.entry("NEW_YEARS_EVE", new Naming("Nyårsafton", ClosedDayKind.EVE)));

    private static final SwedishHolidays INSTANCE = new SwedishHolidays();

    // Building the manager parses XML (~0.4 s) and each year costs about a millisecond: both happen once.
    private HolidayManager manager;
    private final Map<Integer, List<ClosedDay>> byYear = new ConcurrentHashMap<>();

    private SwedishHolidays() {
    }

    static SwedishHolidays instance() {
        return INSTANCE;
    }

    /** The public holidays and closed eves of the year, in date order, weekends included. */
    List<ClosedDay> closedDays(int year) {
        List<ClosedDay> cached = byYear.get(year);
        return cached != null ? cached : byYear.computeIfAbsent(year, this::load);
    }

    // Synchronized because jollyday makes no thread-safety promise; this runs once per year.
    private synchronized List<ClosedDay> load(int year) {
        if (manager == null) {
            manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
        }
        List<ClosedDay> days = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        LocalDate pentecost = null;
        for (Holiday holiday : manager.getHolidays(Year.of(year))) {
            Naming naming = NAMING_BY_KEY.get(holiday.getPropertiesKey());
            if (naming == null) {
                continue;
            }
            seenKeys.add(holiday.getPropertiesKey());
            if (PENTECOST_KEY.equals(holiday.getPropertiesKey())) {
                pentecost = holiday.getDate();
            }
            days.add(new ClosedDay(holiday.getDate(), naming.name(), naming.kind()));
        }
        if (!seenKeys.equals(NAMING_BY_KEY.keySet())) {
            Set<String> missing = new HashSet<>(NAMING_BY_KEY.keySet());
            missing.removeAll(seenKeys);
            throw new IllegalStateException("jollyday did not report " + missing + " for Sweden in " + year);
        }
        if (year < NATIONAL_DAY_REPLACED_WHIT_MONDAY) {
            correctForLawBefore2005(days, pentecost);
        }
        days.sort(ClosedDay.CHRONOLOGICAL);
        return List.copyOf(days);
    }

    private static void correctForLawBefore2005(List<ClosedDay> days, LocalDate pentecost) {
        String nationalDay = NAMING_BY_KEY.get(NATIONAL_DAY_KEY).name();
        days.removeIf(day -> day.name().equals(nationalDay));
        days.add(new ClosedDay(pentecost.plusDays(1), WHIT_MONDAY, ClosedDayKind.PUBLIC));
    }
}
