package dataport.imports;

import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.UserSummary;
import dataport.merchants.MerchantService;
import dataport.merchants.TestMerchants;
import dataport.onboarding.Applicants;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * The bulk-import benchmark: a new merchant imports a generated CSV of N bilingual rows (default 10,000; fixed seed)
 * through the same service the import page uses, then imports it again (every row an update), and prints the time
 * and rows per second of each phase. Figures, not assertions; not part of the test suite. Run it with
 *
 * <pre>./mvnw test -Dtest=ImportBenchmark -Dsurefire.excludedGroups= -Dsurefire.redirectOutput=false
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.rows=10000]</pre>
 */
@Tag("benchmark")
@IntegrationTest
class ImportBenchmark {

    private static final String[] CATEGORIES = {"数据集与数据接口", "Cloud storage", "云计算与容器", "数据标注", "Cloud databases"};
    private static final String[] PRICING = {"包月", "yearly", "按量", "一次性", "面议"};
    private static final String[] COUNTRIES = {"中国;美国", "CN, SG", "Germany / France", "日本", "HK|MO"};

    @Autowired
    ImportService imports;

    @Autowired
    MerchantService merchants;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    @Test
    void importsTenThousandRows() {
        int n = Integer.getInteger("bench.rows", 10_000);
        Applicants applicants = new Applicants(accounts, signIn);
        UserSummary owner = applicants.newUser();
        applicants.signIn(Applicants.COMPLIANCE);
        merchants.registerApproved(
                TestMerchants.merchant()
                        .named("Benchmark importer " + System.nanoTime(), "导入基准数商")
                        .build(),
                owner.id());
        applicants.signIn(owner.email());
        byte[] file = generate(n, new Random(20261130L));

        long t0 = System.nanoTime();
        Sheet sheet = imports.read("bench.csv", file);
        long t1 = System.nanoTime();
        ImportMapping mapping = imports.suggestMapping(sheet);
        ImportService.Preview preview = imports.preview(sheet, mapping);
        long t2 = System.nanoTime();
        ImportReport created = imports.run(sheet, mapping, rows -> {});
        long t3 = System.nanoTime();
        ImportReport updated = imports.run(sheet, mapping, rows -> {});
        long t4 = System.nanoTime();

        System.out.printf(
                Locale.ROOT,
                "%n=== Bulk import benchmark: %d rows, %.1f MB CSV ===%n"
                        + "read + detect:     %6.2f s%n"
                        + "map + validate:    %6.2f s  (%d valid)%n"
                        + "import (create):   %6.2f s  %7.0f rows/s  (%d created, %d errors)%n"
                        + "re-import (update):%6.2f s  %7.0f rows/s  (%d updated)%n%n",
                n,
                file.length / 1e6,
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                preview.validRows(),
                (t3 - t2) / 1e9,
                n / ((t3 - t2) / 1e9),
                created.created(),
                created.errors().size(),
                (t4 - t3) / 1e9,
                n / ((t4 - t3) / 1e9),
                updated.updated());
    }

    /**
     * An ADMIN moves an exchange: N rows (default 3,500, like the exchange in issue 15) where most rows name a
     * provider that is not a merchant yet (Chinese names, as those exchanges publish them; one in five shares the
     * previous row's provider), so the import creates ~2,800 merchants.
     */
    @Test
    void importsAnExchangeWhoseRowsMostlyCreateMerchants() {
        int n = Integer.getInteger("bench.exchangeRows", 3_500);
        Applicants applicants = new Applicants(accounts, signIn);
        applicants.signIn(Applicants.ADMIN);
        Random random = new Random(20261207L);
        String run = Long.toString(System.nanoTime(), 36);
        StringBuilder csv = new StringBuilder("供应商,供应商国家,编号,产品名称,简介,分类,交付方式,数据分级,计费方式,单价,币种\n");
        int provider = 0;
        for (int i = 1; i <= n; i++) {
            if (i == 1 || random.nextInt(5) != 0) {
                provider++;
            }
            csv.append("数据科技有限公司")
                    .append(run)
                    .append('-')
                    .append(provider)
                    .append(",中国,EX-")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",港口数据产品 ")
                    .append(i)
                    .append(",每日船舶到港与货物吞吐量 ")
                    .append(i)
                    .append(',')
                    .append(CATEGORIES[random.nextInt(CATEGORIES.length)])
                    .append(",接口,一般,包月,")
                    .append(100 + random.nextInt(10_000))
                    .append(",人民币\n");
        }
        Sheet sheet = imports.read("exchange.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        ImportMapping mapping = imports.suggestMapping(sheet);

        long t0 = System.nanoTime();
        ImportReport report = imports.run(sheet, mapping, rows -> {});
        long t1 = System.nanoTime();

        System.out.printf(
                Locale.ROOT,
                "%n=== Exchange import benchmark: %d rows, %d new merchants ===%n"
                        + "import (create):   %6.2f s  %7.0f rows/s  (%d created, %d errors)%n%n",
                n,
                provider,
                (t1 - t0) / 1e9,
                n / ((t1 - t0) / 1e9),
                report.created(),
                report.errors().size());
    }

    static byte[] generate(int n, Random random) {
        StringBuilder csv =
                new StringBuilder("编号,产品名称,英文名称,简介,分类,交付方式,数据分级,可跨境,服务地区,语言,更新频率,标签,计费方式,计费单位,单价,币种,产品链接\n");
        for (int i = 1; i <= n; i++) {
            String pricing = PRICING[random.nextInt(PRICING.length)];
            csv.append("BENCH-")
                    .append(i)
                    .append(",港口数据产品 ")
                    .append(i)
                    .append(",Port data product ")
                    .append(i)
                    .append(",\"Daily vessel calls, berths and cargo volumes, cleaned; 第 ")
                    .append(i)
                    .append(" 号\",")
                    .append(CATEGORIES[random.nextInt(CATEGORIES.length)])
                    .append(',')
                    .append(random.nextBoolean() ? "API" : "文件")
                    .append(',')
                    .append(random.nextBoolean() ? "一般" : "公开")
                    .append(',')
                    .append(random.nextBoolean() ? "是" : "否")
                    .append(",\"")
                    .append(COUNTRIES[random.nextInt(COUNTRIES.length)])
                    .append("\",中文/English,每日,\"航运;港口;物流\",")
                    .append(pricing)
                    .append(',')
                    .append(pricing.equals("按量") ? "每千次调用" : "")
                    .append(',')
                    .append(
                            pricing.equals("面议")
                                    ? ""
                                    : (100 + random.nextInt(100_000)) + "." + random.nextInt(10) + "0")
                    .append(',')
                    .append(random.nextBoolean() ? "人民币" : "USD")
                    .append(",https://exchange.example/p/")
                    .append(i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
