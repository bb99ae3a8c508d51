package io.parhub.procedure.transfer;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.Channel;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.TimeUnit;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Row-level checks: every problem of every row, with its row number and column. */
class RowParserTest {

    private static ParsedFile parse(String csv) {
        return RowParser.parse(CatalogueFiles.read(TransferFormat.CSV, csv.getBytes(StandardCharsets.UTF_8)), 1);
    }

    @Test
    void aGoodRowBecomesAChangeWithEveryField() {
        ParsedFile file = parse("""
                change,code,name,field,levels,competent_agency,processing_time_amount,processing_time_unit,\
                fees,online_mode,legacy_online_level,channels,components,steps,valid_from
                Sửa đổi,1.000894,Đăng ký kết hôn,Hộ tịch,Cấp xã,UBND cấp xã,"1,5",Ngày làm việc,\
                Lệ phí: 30.000 VND,Toàn trình,4,Trực tiếp | ONLINE,"Tờ khai [bản chính: 1, bản sao: ]",B1 | B2,2025-07-01
                """);
        assertThat(file.errors()).isEmpty();
        var change = file.rows().get(0).change();
        assertThat(change.kind()).isEqualTo(ChangeKind.AMENDED);
        ProcedureContent c = change.content();
        assertThat(c.levels()).containsExactly(ProcedureLevel.COMMUNE);
        assertThat(c.processingTime().amount()).isEqualByComparingTo("1.5");
        assertThat(c.processingTime().unit()).isEqualTo(TimeUnit.WORKING_DAYS);
        assertThat(c.fees()).singleElement().satisfies(f -> {
            assertThat(f.description()).isEqualTo("Lệ phí");
            assertThat(f.amount()).isEqualByComparingTo(new BigDecimal(30000));
            assertThat(f.currency()).isEqualTo("VND");
        });
        assertThat(c.onlineMode()).isEqualTo(OnlineMode.FULL);
        assertThat(c.legacyOnlineLevel()).isEqualTo(4);
        assertThat(c.channels()).containsExactly(Channel.COUNTER, Channel.ONLINE);
        assertThat(c.components()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Tờ khai");
            assertThat(d.originals()).isEqualTo(1);
            assertThat(d.copies()).isNull();
        });
        assertThat(c.steps()).containsExactly("B1", "B2");
        assertThat(c.competentAgency()).isEqualTo("UBND cấp xã");
        assertThat(c.receivingAgency()).isNull();
    }

    @Test
    void everyBadRowIsReportedWithItsRowAndColumn() throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/procedure/transfer/bad-rows.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedFile file = parse(csv);
        assertThat(file.errors()).extracting(RowError::row, RowError::column, RowError::messageKey).contains(
                tuple(1, "remarks", "transfer.error.unknown-column"),
                tuple(2, "levels", "transfer.error.level"),
                tuple(3, "processing_time_amount", "transfer.error.amount"),
                tuple(4, "processing_time_unit", "transfer.error.unit"),
                tuple(5, "name", "transfer.error.required"),
                tuple(6, "code", "transfer.error.duplicate-code"),
                tuple(7, "change", "transfer.error.change"),
                tuple(8, "components", "transfer.error.component"),
                tuple(8, "online_mode", "transfer.error.online-mode"),
                tuple(9, "processing_time_unit", "transfer.error.unit-missing"),
                tuple(10, "channels", "transfer.error.channel"));
        assertThat(file.errors()).filteredOn(e -> e.row() == 6).singleElement()
                .satisfies(e -> assertThat(e.args()).containsExactly("9.T70001", "2"));
        assertThat(file.rows()).extracting(ParsedFile.Row::number).containsExactly(11);
    }

    @Test
    void aMissingRequiredColumnIsOneHeaderError() {
        ParsedFile file = parse("change,code,name,levels\nNEW,9.1,Tên,COMMUNE\nNEW,9.2,Tên,COMMUNE\n");
        assertThat(file.errors()).extracting(RowError::row, RowError::column, RowError::messageKey)
                .containsExactly(tuple(1, "field", "transfer.error.missing-column"));
    }

    @Test
    void anAbolitionNeedsOnlyTheCode() {
        ParsedFile file = parse("change,code\nBãi bỏ,9.3\n");
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).change().content()).isNull();
        assertThat(file.count(ChangeKind.ABOLISHED)).isEqualTo(1);
    }

    @Test
    void itemTextRoundTrips() {
        var component = ItemText.component("Giấy tờ [originals: 2, copies: 1]").orElseThrow();
        assertThat(ItemText.component(component)).isEqualTo("Giấy tờ [originals: 2, copies: 1]");
        assertThat(ItemText.component("Giấy tờ [originals: hai, copies: 1]")).isEmpty();
        assertThat(ItemText.fee(ItemText.fee("Lệ phí: 8 000"))).isEqualTo("Lệ phí: 8000 VND");
        assertThat(ItemText.fee("Phí thẩm định: theo quy định").amount()).isNull();
        assertThat(ItemText.amount("1.500.000")).isEqualByComparingTo("1500000");
    }
}
