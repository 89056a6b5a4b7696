package se.telefonpolicy.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.directory.domain.HrColumn;

class HrCsvReaderTest {

    private static List<HrCsvReader.Item> readAll(byte[] file) throws Exception {
        List<HrCsvReader.Item> items = new ArrayList<>();
        try (HrCsvReader reader = HrCsvReader.open(new ByteArrayInputStream(file))) {
            for (var item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    @Test
    void commasQuotesAByteOrderMarkAndLineBreaksInsideQuotesKeepTheFilesLineNumbers() throws Exception {
        String file = "\uFEFFAnställningsnummer,Förnamn,Efternamn,Enhet,Personnummer,Ansvarsområden\r\n"
                + "1001,Anna,Svensson,bygglov,19800101-1234,\"bygglov, marklov\"\r\n"
                + "\r\n"
                + "1002,\"Per\nOla\",Ek,bygglov,,\r\n"
                + ",,,,,\r\n"
                + "1003,Eva,Lund,bygglov,,";
        List<HrCsvReader.Item> items = readAll(file.getBytes(StandardCharsets.UTF_8));

        assertThat(items).extracting(HrCsvReader.Item::line).containsExactly(2L, 4L, 7L);
        var anna = ((HrCsvReader.Row) items.get(0)).row();
        assertThat(anna.text(HrColumn.HR_ID)).isEqualTo("1001");
        assertThat(anna.text(HrColumn.RESPONSIBILITIES)).isEqualTo("bygglov, marklov");
        assertThat(anna.has(HrColumn.TITLE)).isFalse();
        try (HrCsvReader reader = HrCsvReader.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.ignoredColumns()).containsExactly("Personnummer");
        }
    }

    @Test
    void aLineThatIsNotUtf8IsReportedAloneWithItsHrIdAndTheRestIsRead() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("anställningsnummer;förnamn;efternamn;enhet\n1001;Anna;Svensson;bygglov\n1002;J".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xF6, 'r', 'g'}); // "Jörg" in Latin-1
        file.writeBytes(";Ek;bygglov\n1003;Eva;Lund;bygglov\n".getBytes(StandardCharsets.UTF_8));

        List<HrCsvReader.Item> items = readAll(file.toByteArray());

        assertThat(items).extracting(HrCsvReader.Item::line).containsExactlyInAnyOrder(2L, 3L, 4L);
        var bad = items.stream().filter(i -> i instanceof HrCsvReader.Unreadable).map(HrCsvReader.Unreadable.class::cast)
                .findFirst().orElseThrow();
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.hrId()).isEqualTo("1002");
        assertThat(bad.reason()).contains("UTF-8");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsOrARowOfTheWrongWidthIsSaidInSwedish() throws Exception {
        assertThatThrownBy(() -> HrCsvReader.open(new ByteArrayInputStream("förnamn;efternamn\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HrFileException.class).hasMessageContaining("anställningsnummer").hasMessageContaining("enhet");
        assertThatThrownBy(() -> HrCsvReader.open(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(HrFileException.class).hasMessageContaining("tom");

        List<HrCsvReader.Item> items = readAll("anställningsnummer;förnamn;efternamn;enhet\n1001;Anna;Svensson\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(items).singleElement().isInstanceOfSatisfying(HrCsvReader.Unreadable.class,
                u -> assertThat(u.reason()).isEqualTo("Raden har 3 fält men rubrikraden har 4"));
    }
}
