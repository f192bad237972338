package nl.passend.demo;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the demo region: two fictional PO samenwerkingsverbanden ({@link DemoShape}) with werkgebieden,
 * gemeenten, besturen, schools, six teldata of pupil counts and one account per role. Pure: the same
 * seed and date give the same plan, IDs included, so the demo looks the same on every machine.
 */
public final class DemoRegion {

    /** The seed of the demo data; changing it changes every generated code, name and count. */
    public static final long SEED = 2991_2992L;

    /** How many teldata of pupil counts each school gets: 1 February and 1 October of three years. */
    public static final int TELDATA = 6;

    /** A fictional bank code: no real Dutch bank uses it, so no demo IBAN is a real account. */
    static final String BANK_CODE = "PSND";

    private final Random random;
    // BRIN codes and bevoegd-gezagnummers are unique across the whole demo, not just per SWV, so a
    // demo user comparing the two tenants never sees the same school code twice.
    private final Set<String> brins = new HashSet<>();
    private final Set<String> gezagNummers = new HashSet<>();

    private DemoRegion(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Builds both demo SWVs and the platform account, with pupil counts up to the latest teldatum on
     * or before {@code today}.
     */
    public static DemoPlan build(long seed, LocalDate today) {
        DemoRegion region = new DemoRegion(seed);
        List<LocalDate> teldata = teldata(today);
        List<DemoPlan.Swv> swvs = new ArrayList<>();
        for (DemoShape shape : DemoShape.ALL) {
            swvs.add(region.swv(shape, teldata));
        }
        return new DemoPlan(swvs, DemoUsers.platform(region::uuid));
    }

    /**
     * The {@value #TELDATA} most recent teldata (1 February, 1 October) on or before {@code today},
     * oldest first. Only past dates: a count for a teldatum still to come would be a fiction DUO never sent.
     */
    public static List<LocalDate> teldata(LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = today.getYear(); dates.size() < TELDATA; year--) {
            for (Month month : List.of(Month.OCTOBER, Month.FEBRUARY)) {
                LocalDate date = LocalDate.of(year, month, 1);
                if (!date.isAfter(today) && dates.size() < TELDATA) {
                    dates.add(date);
                }
            }
        }
        Collections.reverse(dates);
        return List.copyOf(dates);
    }

    /** A Dutch IBAN for {@code bankCode} and a 10-digit account, with its ISO 13616 mod-97 check digits. */
    static String iban(String bankCode, String account) {
        String bban = bankCode + account;
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL%02d%s".formatted(check, bban);
    }

    private DemoPlan.Swv swv(DemoShape shape, List<LocalDate> teldata) {
        UUID swvId = uuid();
        List<DemoPlan.Werkgebied> werkgebieden = shape.werkgebieden().stream()
                .map(w -> new DemoPlan.Werkgebied(uuid(), w.naam())).toList();
        List<DemoPlan.Gemeente> gemeenten = shape.gemeenten().stream()
                .map(g -> new DemoPlan.Gemeente(uuid(), g.naam(), g.cbsCode())).toList();
        List<DemoPlan.Bestuur> besturen = shape.besturen().stream()
                .map(b -> new DemoPlan.Bestuur(uuid(), b.naam(), gezagNummer(), iban(BANK_CODE, account())))
                .toList();
        DemoSchools schools = new DemoSchools(shape, random, this::uuid, this::brin);
        List<DemoPlan.School> scholen = schools.scholen(werkgebieden, gemeenten, besturen);
        List<DemoPlan.Leerlingtelling> tellingen = schools.leerlingtellingen(teldata);
        List<DemoPlan.User> users = DemoUsers.forSwv(swvId, shape.userSuffix(), werkgebieden, gemeenten,
                besturen, scholen, this::uuid);
        return new DemoPlan.Swv(swvId, shape.naam(), shape.administratienummer(), "PO", shape.adres(),
                DemoUsers.DIRECTEUR_NAAM, shape.bestuurNaam(), werkgebieden, gemeenten, besturen, scholen,
                tellingen, users);
    }

    /** A random (version 4) UUID drawn from the seeded source, so IDs are the same on every build. */
    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }

    private String brin() {
        String brin;
        do {
            brin = "%02d%c%c".formatted(random.nextInt(100), (char) ('A' + random.nextInt(26)),
                    (char) ('A' + random.nextInt(26)));
        } while (!brins.add(brin));
        return brin;
    }

    private String gezagNummer() {
        String nummer;
        do {
            nummer = String.valueOf(10_000 + random.nextInt(90_000));
        } while (!gezagNummers.add(nummer));
        return nummer;
    }

    private String account() {
        return "0" + (100_000_000 + random.nextInt(900_000_000));
    }
}
