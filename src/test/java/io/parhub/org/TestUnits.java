package io.parhub.org;

import io.parhub.org.store.UnitWriter;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small test province of its own, so reorganisation tests never touch the seed or each other:
 * province P with districts D1 (communes C1, C2, C3) and D2 (commune C4), all from 2020-01-01, still existing.
 */
record TestUnits(String prefix) {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    static TestUnits create(UnitWriter writer, TransactionTemplate transaction) {
        TestUnits t = new TestUnits("T" + ThreadLocalRandom.current().nextInt(100_000, 999_999));
        transaction.executeWithoutResult(s -> {
            long p = writer.create(t.p(), "Tỉnh thử " + t.prefix, UnitLevel.PROVINCE, "Tỉnh", null, FROM, null);
            long d1 = writer.create(t.d1(), "Huyện thử 1", UnitLevel.DISTRICT, "Huyện", p, FROM, null);
            long d2 = writer.create(t.d2(), "Huyện thử 2", UnitLevel.DISTRICT, "Huyện", p, FROM, null);
            writer.create(t.c(1), "Xã thử 1", UnitLevel.COMMUNE, "Xã", d1, FROM, null);
            writer.create(t.c(2), "Xã thử 2", UnitLevel.COMMUNE, "Xã", d1, FROM, null);
            writer.create(t.c(3), "Xã thử 3", UnitLevel.COMMUNE, "Xã", d1, FROM, null);
            writer.create(t.c(4), "Xã thử 4", UnitLevel.COMMUNE, "Xã", d2, FROM, null);
        });
        return t;
    }

    String p() {
        return prefix + "P";
    }

    String d1() {
        return prefix + "D1";
    }

    String d2() {
        return prefix + "D2";
    }

    String c(int n) {
        return prefix + "C" + n;
    }
}
