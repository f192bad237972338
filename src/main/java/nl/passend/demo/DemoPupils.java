package nl.passend.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.OuderInput;
import nl.passend.dossier.OuderRelatie;
import nl.passend.dossier.Woonachtig;

/**
 * Invented pupils with their parents, for the demo cases ({@link DemoTlvCases}): Dutch names from
 * {@link DemoNames}, an age in whole years on {@code today} (4 to 12, as in primary school), the groep
 * that goes with it and one or two parents with an address at {@code example.org}, which cannot
 * receive mail. Pure: the same seed and date give the same pupils.
 */
final class DemoPupils {

    static final int MIN_AGE = 4;
    static final int MAX_AGE = 12;
    static final String EMAIL_DOMAIN = "@example.org";

    private final Random random;
    private final LocalDate today;

    DemoPupils(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** A pupil of {@code age} at {@code schoolId}. */
    LeerlingInput pupil(UUID schoolId, int age, Woonachtig woonachtig, boolean emb) {
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new IllegalArgumentException("age " + age);
        }
        boolean girl = random.nextBoolean();
        String roepnaam = pick(girl ? DemoNames.GIRLS : DemoNames.BOYS);
        String[] surname = surname(pick(DemoNames.SURNAMES));
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen(random.nextInt(10) < 6
                ? roepnaam + " " + pick(girl ? DemoNames.GIRLS_SECOND : DemoNames.BOYS_SECOND) : roepnaam);
        in.setRoepnaam(roepnaam);
        in.setVoorvoegsel(surname[0]);
        in.setAchternaam(surname[1]);
        // Born between one and 364 days more than `age` years ago: exactly `age` today.
        in.setGeboortedatum(today.minusYears(age).minusDays(1 + random.nextInt(364)));
        in.setGeslacht(girl ? Geslacht.V : Geslacht.M);
        in.setSchoolId(schoolId);
        in.setGroep(String.valueOf(Math.max(1, Math.min(8, age - 3))));
        in.setWoonachtig(woonachtig);
        in.setEmb(emb);
        in.setOuders(parents(surname));
        return in;
    }

    /**
     * {@code count} pupils without a case, over {@code schools} in turn, of every age; every seventh
     * lives in another SWV's region (grensverkeer) and every eleventh is EMB.
     */
    List<LeerlingInput> others(List<UUID> schools, int count) {
        List<LeerlingInput> pupils = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int age = MIN_AGE + random.nextInt(MAX_AGE - MIN_AGE + 1);
            pupils.add(pupil(schools.get(i % schools.size()), age,
                    i % 7 == 3 ? Woonachtig.ELDERS : Woonachtig.SWV, i % 11 == 5));
        }
        return pupils;
    }

    private List<OuderInput> parents(String[] childSurname) {
        List<OuderInput> ouders = new ArrayList<>();
        // Most mothers keep their own surname; most fathers share the child's.
        OuderRelatie relatie = random.nextInt(12) == 0 ? OuderRelatie.VERZORGER : OuderRelatie.MOEDER;
        ouders.add(parent(pick(DemoNames.WOMEN),
                random.nextInt(3) == 0 ? childSurname : surname(pick(DemoNames.SURNAMES)), relatie));
        if (random.nextInt(10) < 7) {
            ouders.add(parent(pick(DemoNames.MEN), childSurname, OuderRelatie.VADER));
        }
        return ouders;
    }

    /** Makes the first parent the pupil's mother named {@code voornaam}, with the child's surname. */
    static LeerlingInput withMother(LeerlingInput in, String voornaam) {
        String[] surname = {in.getVoorvoegsel(), in.getAchternaam()};
        OuderInput mother = parent(voornaam, surname, OuderRelatie.MOEDER);
        List<OuderInput> ouders = new ArrayList<>(in.getOuders());
        ouders.set(0, mother);
        in.setOuders(ouders);
        return in;
    }

    private static OuderInput parent(String voornaam, String[] surname, OuderRelatie relatie) {
        String achternaam = surname[0] == null ? surname[1] : surname[0] + " " + surname[1];
        OuderInput ouder = new OuderInput();
        ouder.setNaam(voornaam + " " + achternaam);
        ouder.setRelatie(relatie);
        ouder.setEmail(ascii(voornaam) + "." + ascii(achternaam) + EMAIL_DOMAIN);
        ouder.setWettelijkVertegenwoordiger(true);
        return ouder;
    }

    /** Splits "van den Berg" into voorvoegsel "van den" and achternaam "Berg" (null voorvoegsel when none). */
    static String[] surname(String full) {
        String[] words = full.split(" ");
        int i = 0;
        while (i < words.length - 1 && Character.isLowerCase(words[i].charAt(0))) {
            i++;
        }
        String voorvoegsel = i == 0 ? null : String.join(" ", List.of(words).subList(0, i));
        return new String[] {voorvoegsel, String.join(" ", List.of(words).subList(i, words.length))};
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
