package org.jixiao.checks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jixiao.shared.FiscalYear;

/**
 * A synthetic 财政区划 for one year: 主管部门 by line of work, their 预算单位 (a few with hundreds of projects, most
 * with dozens), and every unit's goal tables as typed text, generated from a seed. The same seed gives the same
 * region, unit by unit: {@link #unit(int)} builds one unit on demand from its own random stream, so a region of
 * 300,000 projects can be streamed (into a database, into the checks) without being held in memory, and in any
 * order.
 *
 * <p>Content follows the seeds: the 一级/二级 taxonomy with its published label variants (and the 财预〔2021〕101号
 * layout in a fifth of the units), value forms such as {@code ≥95%}, {@code ≤20万元}, {@code 99人},
 * {@code 2.86万元/人}, {@code 12月底前}, {@code 每月25号} and qualitative slogans, 3月底/6月底/10月底/12月底 spending
 * plans, and the defects of {@link DefectRates}.
 */
public final class SyntheticRegion {

    /** A fictitious 财政区划 code (no real division uses 139901). */
    public static final String DEFAULT_REGION_CODE = "139901";
    public static final String DEFAULT_REGION_NAME = "示例市";

    /** Budget units per 主管部门. */
    static final int UNITS_PER_DEPARTMENT = 20;
    private static final int FIRST_DEPARTMENT = 100;
    private static final int MAX_DEPARTMENTS = 900;
    /** Projects per unit: log-normal with this median and spread, clamped (mean about 85). */
    private static final double MEDIAN_PROJECTS = 55;
    private static final double SPREAD = 0.95;
    private static final int MAX_PROJECTS_PER_UNIT = 1500;

    private static final List<String> DISTRICTS = List.of("城关区", "东城区", "西城区", "南湖区", "北山县", "青河县",
            "白云县", "长丰县", "平安县", "永兴县", "临江县", "石门县", "柳林县", "安平县", "新河县", "广宗县", "清源县",
            "大成县", "宁远县", "兴隆县");

    private final long seed;
    private final String regionCode;
    private final String regionName;
    private final FiscalYear year;
    private final int projectCount;
    private final DefectRates rates;
    private final int[] projectsPerUnit;

    /**
     * @param projectCount the number of project tables over all units (each unit also has a department table
     *                     with a probability of 0.9)
     */
    public SyntheticRegion(long seed, String regionCode, String regionName, FiscalYear year, int projectCount,
                           DefectRates rates) {
        if (projectCount < 0) {
            throw new IllegalArgumentException("projectCount must not be negative: " + projectCount);
        }
        this.seed = seed;
        this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
        this.regionName = Objects.requireNonNull(regionName, "regionName");
        this.year = Objects.requireNonNull(year, "year");
        this.projectCount = projectCount;
        this.rates = Objects.requireNonNull(rates, "rates");
        this.projectsPerUnit = unitSizes(seed, projectCount);
        if (departmentCount() > MAX_DEPARTMENTS) {
            throw new IllegalArgumentException("too many units for three-digit department codes: " + unitCount());
        }
    }

    /** {@link #DEFAULT_REGION_CODE} in 2024 with the defect rates of seed 001. */
    public static SyntheticRegion of(long seed, int projectCount) {
        return new SyntheticRegion(seed, DEFAULT_REGION_CODE, DEFAULT_REGION_NAME, FiscalYear.of(2024), projectCount,
                DefectRates.likeSeed001());
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    public FiscalYear year() {
        return year;
    }

    public int projectCount() {
        return projectCount;
    }

    public DefectRates rates() {
        return rates;
    }

    public int unitCount() {
        return projectsPerUnit.length;
    }

    public int departmentCount() {
        return (unitCount() + UNITS_PER_DEPARTMENT - 1) / UNITS_PER_DEPARTMENT;
    }

    /** The 主管部门, in code order. */
    public List<SyntheticOrg> departments() {
        List<SyntheticOrg> list = new ArrayList<>();
        for (int d = 0; d < departmentCount(); d++) {
            list.add(new SyntheticOrg(departmentCode(d), district(d) + sector(d).department(), null));
        }
        return list;
    }

    /** The 预算单位 without their tables, in code order (= index order). */
    public List<SyntheticOrg> units() {
        return IntStream.range(0, unitCount()).mapToObj(this::unitOrg).toList();
    }

    /** The number of project tables of unit {@code index}. */
    public int projectCount(int index) {
        return projectsPerUnit[index];
    }

    /** Unit {@code index} (0-based, in code order) with its tables; the same for the same seed, whatever the order. */
    public SyntheticUnit unit(int index) {
        SyntheticOrg org = unitOrg(index);
        SplittableRandom random = new SplittableRandom(mix(seed ^ mix(index + 1L)));
        TableMaker maker = new TableMaker(random, rates, year, regionCode, sector(index / UNITS_PER_DEPARTMENT),
                org.code(), org.name());
        return new SyntheticUnit(org.code(), org.name(), org.parentCode(), maker.unitTables(projectsPerUnit[index]));
    }

    /** Every unit in code order, generated as the stream is consumed. */
    public Stream<SyntheticUnit> stream() {
        return IntStream.range(0, unitCount()).mapToObj(this::unit);
    }

    private SyntheticOrg unitOrg(int index) {
        int d = index / UNITS_PER_DEPARTMENT;
        int p = index % UNITS_PER_DEPARTMENT;
        Sector sector = sector(d);
        List<String> names = sector.units();
        String name;
        if (p < names.size()) {
            name = names.get(p);
        } else {
            int k = p - names.size();
            name = TableMaker.TOWNS.get(k % TableMaker.TOWNS.size()) + names.get(1 + k % (names.size() - 1))
                    .replace("城关镇", "");
        }
        return new SyntheticOrg(departmentCode(d) + String.format("%03d", p + 1), district(d) + name, departmentCode(d));
    }

    private static String departmentCode(int d) {
        return Integer.toString(FIRST_DEPARTMENT + d);
    }

    private static Sector sector(int department) {
        return Sector.ALL.get(department % Sector.ALL.size());
    }

    private String district(int department) {
        int k = department / Sector.ALL.size();
        if (k == 0) {
            return regionName;
        }
        String name = DISTRICTS.get((k - 1) % DISTRICTS.size());
        return k > DISTRICTS.size() ? name + (k - 1) / DISTRICTS.size() : name;
    }

    private static int[] unitSizes(long seed, int projectCount) {
        SplittableRandom random = new SplittableRandom(mix(seed));
        List<Integer> sizes = new ArrayList<>();
        int left = projectCount;
        while (left > 0) {
            double gaussian = gaussian(random);
            int size = (int) Math.round(Math.exp(Math.log(MEDIAN_PROJECTS) + SPREAD * gaussian));
            size = Math.max(1, Math.min(MAX_PROJECTS_PER_UNIT, Math.min(size, left)));
            sizes.add(size);
            left -= size;
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
