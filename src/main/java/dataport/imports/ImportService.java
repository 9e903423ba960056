package dataport.imports;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.catalog.BatchOutcome;
import dataport.catalog.BulkSubmission;
import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.catalog.ListingImport;
import dataport.catalog.ListingImportService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of listings from a spreadsheet: read it, suggest and keep the column mapping, preview every row's
 * problems, then import the valid rows in batches. A merchant imports into its own merchant; an ADMIN imports for
 * several, named by the provider column (matched by name, created when new).
 */
@Service
public class ImportService {

    static final int BATCH = 250;
    /** Providers found or created per transaction by an ADMIN's import. */
    static final int PROVIDER_BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ListingImportService listings;
    private final BulkSubmission submission;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final SavedMappings savedMappings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TaskExecutor executor;

    ImportService(
            ListingImportService listings,
            BulkSubmission submission,
            CatalogService catalog,
            MerchantService merchants,
            SavedMappings savedMappings,
            CurrentUser currentUser,
            Clock clock,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.listings = listings;
        this.submission = submission;
        this.catalog = catalog;
        this.merchants = merchants;
        this.savedMappings = savedMappings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.executor = executor;
    }

    /** Reads an uploaded file; refuses it with an {@link ImportFileException} saying why. */
    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    public Sheet read(String fileName, byte[] bytes) {
        owner();
        return SheetReader.read(fileName, bytes);
    }

    /** Whether the signed-in user imports for several merchants (an ADMIN: the provider column names them). */
    public boolean forSeveralMerchants() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /**
     * Names of existing merchants containing {@code filter} (English name, else Chinese), for the ADMIN's "provider for
     * every row" picker; a name not among them creates a new merchant at import.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> providerNames(String filter, int limit) {
        return merchants.findByName(filter, 0, limit).stream()
                .map(m -> m.name().en() != null ? m.name().en() : m.name().zh())
                .toList();
    }

    /**
     * "Submit all from this import": the drafts the import created or updated go to review in one action (a merchant's
     * own; for an ADMIN those of merchants nobody has claimed yet).
     */
    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    public BatchOutcome submitForReview(ImportReport report) {
        return submission.submit(report.listingIds());
    }

    public List<CategoryRef> categories() {
        return catalog.categories();
    }

    /** The mapping suggested for the sheet, starting from the one saved at the last import. */
    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    @Transactional(readOnly = true)
    public ImportMapping suggestMapping(Sheet sheet) {
        return ImportMapping.suggest(sheet, savedMapping().orElse(null));
    }

    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ImportMapping> savedMapping() {
        return savedMappings.findByOwner(owner()).map(saved -> fromJson(saved.getMapping()));
    }

    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    @Transactional
    public void saveMapping(ImportMapping mapping) {
        String owner = owner();
        String json = toJson(mapping);
        // Saved explicitly: run() calls this without the transactional proxy.
        SavedMapping saved =
                savedMappings.findByOwner(owner).orElseGet(() -> new SavedMapping(owner, json, clock.instant()));
        saved.replace(json, clock.instant());
        savedMappings.save(saved);
    }

    /** The distinct values of a value-mapped column, in order of first appearance (at most {@code limit}). */
    public static List<String> distinctValues(Sheet sheet, ImportMapping mapping, ImportField field, int limit) {
        Set<String> values = new LinkedHashSet<>();
        int column = mapping.column(field).map(sheet.headers()::indexOf).orElse(-1);
        if (column < 0) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int r = 0; r < sheet.size() && values.size() < limit; r++) {
            String value = sheet.cell(r, column).strip();
            if (!value.isEmpty() && keys.add(ImportValues.key(value))) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** Every row converted with the mapping, with its problems; a mapping problem shows as errors on line 1. */
    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    public Preview preview(Sheet sheet, ImportMapping mapping) {
        boolean several = forSeveralMerchants();
        if (!several) {
            myMerchant();
        }
        RowConverter converter = new RowConverter(sheet, mapping, catalog.categories(), several);
        List<RowError> mappingErrors = converter.mappingErrors();
        List<PreparedRow> rows = converter.convertAll();
        if (several) {
            rows = checkProviders(rows);
        }
        return new Preview(rows, mappingErrors);
    }

    /**
     * Starts {@link #run} in the background, as the signed-in user, and returns at once: a page polls the returned
     * {@link ImportRun} instead of holding a request (or a thread of its own) for the minutes a big import takes.
     */
    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    public ImportRun start(Sheet sheet, ImportMapping mapping) {
        ImportRun importRun = new ImportRun(sheet.size());
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                importRun.finishedWith(run(sheet, mapping, importRun::progressed));
            } catch (RuntimeException e) {
                log.error("Bulk import of {} failed", sheet.fileName(), e);
                importRun.failedWith();
            }
        }));
        return importRun;
    }

    /**
     * Imports the valid rows in batches of {@value #BATCH}, each batch in its own transaction; a batch the database
     * refuses is retried row by row, so one bad row never blocks the others. Saves the mapping for next time.
     *
     * @param progress told the number of rows done after each batch
     */
    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    public ImportReport run(Sheet sheet, ImportMapping mapping, IntConsumer progress) {
        long start = System.nanoTime();
        boolean several = forSeveralMerchants();
        Long myMerchant = several ? null : myMerchant().id();
        Preview preview = preview(sheet, mapping);
        if (!preview.mappingErrors().isEmpty()) {
            return new ImportReport(sheet.size(), 0, 0, preview.mappingErrors(), List.of(), 0);
        }
        try {
            saveMapping(mapping);
        } catch (RuntimeException e) {
            // e.g. a colleague saved theirs at the same moment: the import itself must not fail for it.
            log.warn("Could not save the import mapping: {}", e.toString());
        }
        List<RowError> errors = new ArrayList<>();
        List<PreparedRow> ready = new ArrayList<>();
        for (PreparedRow row : preview.rows()) {
            if (row.valid()) {
                ready.add(row);
            } else {
                errors.addAll(row.errors());
            }
        }
        Map<String, Long> providers = several ? providers(ready, errors) : Map.of();

        List<PreparedRow> pending = new ArrayList<>();
        List<ListingImport> batch = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        int[] counts = new int[2];
        int done = preview.rows().size() - ready.size();
        progress.accept(done);
        for (PreparedRow row : ready) {
            Long merchantId = several ? providers.get(ImportValues.key(row.provider())) : myMerchant;
            if (merchantId == null) {
                done++;
                continue; // its error was recorded when the provider could not be found or created
            }
            pending.add(row);
            batch.add(row.toImport(merchantId));
            if (batch.size() == BATCH) {
                done += flush(pending, batch, errors, ids, counts);
                progress.accept(done);
            }
        }
        done += flush(pending, batch, errors, ids, counts);
        progress.accept(done);
        errors.sort(java.util.Comparator.comparingInt(RowError::line));
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info(
                "Imported {}: {} rows, {} created, {} updated, {} errors in {} ms",
                sheet.fileName(),
                sheet.size(),
                counts[0],
                counts[1],
                errors.size(),
                millis);
        return new ImportReport(sheet.size(), counts[0], counts[1], errors, ids, millis);
    }

    private int flush(
            List<PreparedRow> pending, List<ListingImport> batch, List<RowError> errors, List<Long> ids, int[] counts) {
        if (batch.isEmpty()) {
            return 0;
        }
        int n = batch.size();
        List<ListingImport.Outcome> outcomes;
        try {
            outcomes = listings.importBatch(batch);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("A batch of {} rows failed ({}); importing its rows one by one", n, e.toString());
            outcomes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                try {
                    outcomes.add(listings.importBatch(List.of(batch.get(i))).getFirst());
                } catch (AccessDeniedException denied) {
                    throw denied;
                } catch (RuntimeException single) {
                    log.info(
                            "Row {} refused by the database: {}", pending.get(i).line(), single.toString());
                    outcomes.add(new ListingImport.Outcome(null, false, "import.row.failed"));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            ListingImport.Outcome outcome = outcomes.get(i);
            if (outcome.refused()) {
                errors.add(RowError.of(pending.get(i).line(), null, outcome.refusedKey()));
            } else {
                ids.add(outcome.listingId());
                counts[outcome.created() ? 0 : 1]++;
            }
        }
        pending.clear();
        batch.clear();
        return n;
    }

    /** A provider that is not a merchant yet can only be created with a country: said in the preview already. */
    private List<PreparedRow> checkProviders(List<PreparedRow> rows) {
        // A provider one of the rows gives a country for is created by that row, for the others too.
        Set<String> withCountry = new HashSet<>();
        rows.stream()
                .filter(r -> r.provider() != null && r.providerCountry() != null)
                .forEach(r -> withCountry.add(ImportValues.key(r.provider())));
        Map<String, String> unsure = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.provider() != null && !withCountry.contains(ImportValues.key(r.provider())))
                .forEach(r -> unsure.putIfAbsent(ImportValues.key(r.provider()), r.provider()));
        // One batch of queries for every distinct provider, not one query per row.
        Set<String> known = new HashSet<>(withCountry);
        merchants.findByExactNames(unsure.values()).keySet().forEach(name -> known.add(ImportValues.key(name)));
        List<PreparedRow> checked = new ArrayList<>(rows.size());
        for (PreparedRow row : rows) {
            String provider = row.provider();
            if (provider != null && !known.contains(ImportValues.key(provider))) {
                List<RowError> errors = new ArrayList<>(row.errors());
                errors.add(
                        RowError.of(row.line(), ImportField.PROVIDER, "import.row.provider-country", row.provider()));
                row = row.withErrors(errors);
            }
            checked.add(row);
        }
        return checked;
    }

    /**
     * The merchant of each distinct provider, found or created in batches (a few queries and one transaction per
     * {@value #PROVIDER_BATCH} providers, not several per row); rows whose provider fails get an error.
     */
    private Map<String, Long> providers(List<PreparedRow> rows, List<RowError> errors) {
        Map<String, String> names = new LinkedHashMap<>(); // key -> the name as the first row gives it
        Map<String, String> countries = new HashMap<>();
        for (PreparedRow row : rows) {
            String key = ImportValues.key(row.provider());
            names.putIfAbsent(key, row.provider());
            if (row.providerCountry() != null) {
                countries.putIfAbsent(key, row.providerCountry());
            }
        }
        Map<String, Long> ids = new HashMap<>();
        List<String> keys = List.copyOf(names.keySet());
        for (int from = 0; from < keys.size(); from += PROVIDER_BATCH) {
            Map<String, String> countryByName = new LinkedHashMap<>();
            for (String key : keys.subList(from, Math.min(keys.size(), from + PROVIDER_BATCH))) {
                countryByName.put(names.get(key), countries.get(key));
            }
            merchants
                    .findOrRegisterProviders(countryByName)
                    .forEach((name, merchant) -> ids.put(ImportValues.key(name), merchant.id()));
        }
        for (PreparedRow row : rows) {
            if (!ids.containsKey(ImportValues.key(row.provider()))) {
                errors.add(
                        RowError.of(row.line(), ImportField.PROVIDER, "import.row.provider-country", row.provider()));
            }
        }
        return ids;
    }

    private MerchantSummary myMerchant() {
        long userId = currentUser.require().id();
        return merchants
                .findForMember(userId)
                .orElseThrow(
                        () -> new AccessDeniedException("User " + userId + " is not a member of an active merchant"));
    }

    /** Whose saved mapping: the merchant's team shares one; an ADMIN importing for several keeps their own. */
    private String owner() {
        if (forSeveralMerchants()) {
            return "user:" + currentUser.require().id();
        }
        return "merchant:" + myMerchant().id();
    }

    static String toJson(ImportMapping mapping) {
        return JSON.writeValueAsString(mapping);
    }

    static ImportMapping fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<ImportMapping>() {});
        } catch (RuntimeException e) {
            log.warn("Ignoring a saved import mapping that cannot be read: {}", e.toString());
            return ImportMapping.empty();
        }
    }

    /** The rows as they would be imported, and problems of the mapping itself (line 1). */
    public record Preview(List<PreparedRow> rows, List<RowError> mappingErrors) {

        public long validRows() {
            return rows.stream().filter(PreparedRow::valid).count();
        }

        public List<RowError> errors() {
            List<RowError> all = new ArrayList<>(mappingErrors);
            rows.forEach(r -> all.addAll(r.errors()));
            return all;
        }
    }
}
