package vn.egov.workbench.inspection.csv.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.egov.workbench.inspection.csv.CsvColumns;
import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.FineRange;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/** Generated inspection data for the benchmark: Vietnamese names, statuses, sectors and years spread evenly. */
final class BenchmarkData {

    static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };
    static final String[] WORDS = { "Bưu chính", "Chuyển phát", "Viễn thông", "Ngọc Linh", "Đăk Bla", "Măng Đen", "Sa Thầy",
            "Kon Rẫy", "Đăk Tô", "Ngọc Hồi", "Tây Nguyên", "Hưng Thịnh", "Phú Quý", "An Khang", "Minh Phát", "Thành Công",
            "Đắk Hà", "Sông Pô Kô", "Trường Sơn", "Hoàng Gia" };
    static final String[] STREETS = { "Phan Đình Phùng", "Trần Hưng Đạo", "Bà Triệu", "Hùng Vương", "Lê Hồng Phong", "Trần Phú",
            "Ure", "Nguyễn Huệ", "Lê Lợi", "Đống Đa" };
    static final Sector[] SECTORS = { Sector.POSTAL, Sector.COURIER, Sector.TELECOM, Sector.ISP, Sector.INTERNET_POINT,
            Sector.RADIO, Sector.IT, Sector.E_TRANSACTIONS, Sector.PRESS, Sector.PUBLISHING };
    /** Articles of Decree 15/2020 in force from 2020-04-15 without end. */
    static final String[] ARTICLES = { "Đ7 k1", "Đ7 k2", "Đ7 k3", "Đ8 k2", "Đ8 k4 a", "Đ9 k1" };

    private static final InspectionFactory F = InspectionFactory.eINSTANCE;

    private BenchmarkData() {
    }

    static InspectedSubject subject(Random rnd, int i) {
        InspectedSubject s = F.createInspectedSubject();
        boolean person = i % 5 == 0;
        s.setViolatorType(person ? ViolatorType.INDIVIDUAL : ViolatorType.ORGANISATION);
        s.setName(person ? FAMILY[rnd.nextInt(FAMILY.length)] + " Văn " + WORDS[rnd.nextInt(WORDS.length)].split(" ")[0]
                : "Công ty TNHH " + WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " " + i);
        if (person) {
            s.setIdNumber(String.format("0620%08d", i));
        } else {
            s.setTaxCode(String.format("61%08d", i));
        }
        s.setAddress((1 + rnd.nextInt(400)) + " " + STREETS[rnd.nextInt(STREETS.length)] + ", thành phố Kon Tum");
        s.setSector(SECTORS[i % SECTORS.length]);
        return s;
    }

    static InspectionRound round(Random rnd, int i, int firstYear, int years) {
        InspectionRound r = F.createInspectionRound();
        LocalDate date = LocalDate.of(firstYear + i % years, 1, 1).plusDays(rnd.nextInt(360));
        r.setDecisionNumber(i + "/QĐ-STTTT");
        r.setDecisionDate(date);
        r.setTitle("Kiểm tra việc chấp hành pháp luật về " + WORDS[rnd.nextInt(WORDS.length)].toLowerCase());
        r.setLeadingBody("Sở Thông tin và Truyền thông tỉnh Kon Tum");
        r.getPartnerBodies().add("Cục Quản lý thị trường tỉnh Kon Tum");
        r.setPlannedStart(date.plusDays(7));
        r.setPlannedEnd(date.plusDays(14));
        r.setActualStart(date.plusDays(7));
        r.setActualEnd(date.plusDays(14));
        r.setStatus(RoundStatus.PUBLISHED);
        return r;
    }

    /** A case as the CSV import would build it: behaviour, and for decided statuses a decision by the law. */
    static ViolationRecord record(Random rnd, int i, LocalDateTime at, InspectionRound round, InspectedSubject violator,
            LegalCatalogue catalogue, String prefix) {
        ViolationRecord v = F.createViolationRecord();
        v.setNumber(prefix + i + "/BB-VPHC");
        v.setRecordedAt(at);
        v.setRound(round);
        v.setViolator(violator);
        v.setPlace("Trụ sở " + violator.getName() + ", " + violator.getAddress());
        v.setRecorder("Lê Quang Minh, Thanh tra viên");
        v.setSigned(true);
        v.setCaseKind(CaseKind.STANDARD);
        CaseStatus status = CaseStatus.values()[rnd.nextInt(CaseStatus.values().length)];
        v.setStatus(status);
        String ref = ARTICLES[rnd.nextInt(ARTICLES.length)];
        Behaviour b = F.createBehaviour();
        b.setDecreeId("15/2020");
        b.setArticleRef(ref);
        b.setDescription("Vi phạm quy định tại " + ref);
        v.getBehaviours().add(b);
        if (status.compareTo(CaseStatus.DECIDED) >= 0 && status != CaseStatus.DROPPED) {
            LocalDate on = at.toLocalDate().plusDays(5);
            Article article = catalogue.require("15/2020", ref, LocalDate.of(2021, 1, 1));
            FineRange range = FineCalculator.range(article, violator.getViolatorType());
            long fine = FineCalculator.fine(article, violator.getViolatorType(), 0, 0);
            SanctionDecision d = F.createSanctionDecision();
            d.setNumber(prefix + i + "/QĐ-XPVPHC");
            d.setDecidedOn(on);
            d.setReceivedOn(on);
            d.setSigner("Nguyễn Thị Thanh Hà");
            d.setSignerRole("department-chief-inspector");
            DecisionLine l = F.createDecisionLine();
            l.setDecreeId("15/2020");
            l.setArticleRef(ref);
            l.setRangeMin(range.min());
            l.setRangeMax(range.max());
            l.setFine(fine);
            d.getLines().add(l);
            d.setTotal(fine);
            if (status == CaseStatus.PAID || status == CaseStatus.CLOSED) {
                Payment p = F.createPayment();
                p.setReceipt("BL-" + prefix + i);
                p.setPaidOn(on.plusDays(3));
                p.setAmount(fine);
                d.getPayments().add(p);
            }
            v.setDecision(d);
        }
        return v;
    }

    /**
     * CSV files of records from 2021-2024 in 100 rounds: the import benchmark's input. It ends after
     * {@code records} records or {@code rows} rows of the three files (rounds, records and decisions),
     * whichever comes first. {@code set} keeps the numbers and subjects of several sets apart.
     */
    static CsvSet csvFiles(Path dir, int records, int rows, int set, LegalCatalogue catalogue) throws IOException {
        Random rnd = new Random(7 + set);
        List<InspectedSubject> subjects = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            subjects.add(subject(rnd, 900_000 + 10_000 * set + i));
        }
        List<InspectionRound> rounds = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            InspectionRound r = round(rnd, 90_000 + 1_000 * set + i, 2021, 4);
            rounds.add(r);
        }
        Path roundsFile = dir.resolve("rounds.csv");
        Path recordsFile = dir.resolve("records.csv");
        Path decisionsFile = dir.resolve("decisions.csv");
        try (CSVPrinter p = printer(roundsFile, CsvColumns.ROUNDS)) {
            for (InspectionRound r : rounds) {
                p.printRecord(vn.egov.workbench.inspection.csv.internal.Rows.round(r));
            }
        }
        int written = rounds.size();
        try (CSVPrinter recordsOut = printer(recordsFile, CsvColumns.RECORDS); CSVPrinter decisions = printer(decisionsFile, CsvColumns.DECISIONS)) {
            for (int i = 0; i < records && written < rows; i++) {
                InspectionRound round = rounds.get(i % rounds.size());
                LocalDateTime at = round.getActualStart().atTime(8, 0).plusMinutes(i % 600);
                ViolationRecord v = record(rnd, i, at, round, subjects.get(rnd.nextInt(subjects.size())), catalogue, "IMP" + set + "-");
                if (v.getDecision() != null && written + 2 > rows) { // the last row: a record without a decision
                    v.setDecision(null);
                    v.setStatus(CaseStatus.RECORDED);
                }
                recordsOut.printRecord(vn.egov.workbench.inspection.csv.internal.Rows.record(v));
                written++;
                if (v.getDecision() != null) {
                    decisions.printRecord(vn.egov.workbench.inspection.csv.internal.Rows.decision(v));
                    written++;
                }
            }
        }
        return new CsvSet(roundsFile, recordsFile, decisionsFile, written);
    }

    /** The three files of an import and how many rows they hold together (headers not counted). */
    record CsvSet(Path rounds, Path records, Path decisions, int rows) {
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }
}
