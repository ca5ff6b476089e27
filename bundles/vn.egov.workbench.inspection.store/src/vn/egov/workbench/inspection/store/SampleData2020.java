package vn.egov.workbench.inspection.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.TeamMember;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.FineRange;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * The 2020 sample that reproduces the Kon Tum Department's 2020 report: 10 inspection rounds with
 * the market control department, the provincial police and the regional radio-frequency centre;
 * 6 sanction decisions, mostly against postal and courier businesses, 39,000,000 VND in total,
 * all paid. Every fine is computed by {@link FineCalculator} from Decree 15/2020 articles in force
 * on the decision date (the original wording: amendments of 14/2022 came later). The businesses
 * and people are invented; the bodies are the real ones the report names.
 */
public final class SampleData2020 {

    /** Who the audit log names for the sample. */
    public static final String ACTOR = "sample-2020"; //$NON-NLS-1$

    static final String MARKET = "Cục Quản lý thị trường tỉnh Kon Tum"; //$NON-NLS-1$
    static final String POLICE = "Công an tỉnh Kon Tum"; //$NON-NLS-1$
    static final String RADIO = "Trung tâm tần số vô tuyến điện khu vực III"; //$NON-NLS-1$
    static final String LEAD = "Sở Thông tin và Truyền thông tỉnh Kon Tum"; //$NON-NLS-1$
    static final String BASIS = "Luật Thanh tra 2010; Luật Xử lý vi phạm hành chính 2012; Nghị định 15/2020/NĐ-CP; " //$NON-NLS-1$
            + "Kế hoạch thanh tra, kiểm tra năm 2020 của Sở Thông tin và Truyền thông"; //$NON-NLS-1$
    static final String DECREE = "15/2020"; //$NON-NLS-1$

    private static final InspectionFactory F = InspectionFactory.eINSTANCE;

    private SampleData2020() {
    }

    /** Loads the sample if the database has no round yet; true if it loaded it. Idempotent. */
    public static boolean loadIfEmpty(InspectionStore store) {
        long rounds = store.query(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM inspection_round")) { //$NON-NLS-1$
                r.next();
                return r.getLong(1);
            }
        });
        if (rounds > 0) {
            return false;
        }
        store.saveAll(build(RuleBook.builtIn().catalogue()), ACTOR);
        return true;
    }

    /** The sample's objects in saving order: subjects, rounds, cases. */
    public static List<Entity> build(LegalCatalogue catalogue) {
        InspectedSubject a = subject(ViolatorType.ORGANISATION, "Công ty TNHH Chuyển phát nhanh Ngọc Linh", "6101234567", //$NON-NLS-1$ //$NON-NLS-2$
                "125 Phan Đình Phùng, phường Quyết Thắng, thành phố Kon Tum", Sector.COURIER); //$NON-NLS-1$
        InspectedSubject b = subject(ViolatorType.ORGANISATION, "Công ty TNHH MTV Giao nhận Đăk Bla", "6101345678", //$NON-NLS-1$ //$NON-NLS-2$
                "48 Hùng Vương, thị trấn Đăk Hà, huyện Đăk Hà", Sector.COURIER); //$NON-NLS-1$
        InspectedSubject c = subject(ViolatorType.ORGANISATION, "Công ty Cổ phần Bưu chính Măng Đen", "6101456789", //$NON-NLS-1$ //$NON-NLS-2$
                "12 Trần Hưng Đạo, phường Thắng Lợi, thành phố Kon Tum", Sector.POSTAL); //$NON-NLS-1$
        InspectedSubject d = subject(ViolatorType.ORGANISATION, "Chi nhánh Công ty TNHH Chuyển phát Tây Nguyên tại Kon Tum", //$NON-NLS-1$
                "0401987654-001", "230 Bà Triệu, phường Quang Trung, thành phố Kon Tum", Sector.COURIER); //$NON-NLS-1$ //$NON-NLS-2$
        InspectedSubject e = subject(ViolatorType.ORGANISATION, "Công ty TNHH Dịch vụ Bưu chính Sa Thầy", "6101567890", //$NON-NLS-1$ //$NON-NLS-2$
                "7 Trần Phú, thị trấn Sa Thầy, huyện Sa Thầy", Sector.POSTAL); //$NON-NLS-1$
        InspectedSubject p = subject(ViolatorType.INDIVIDUAL, "Trần Văn Hưng", null, //$NON-NLS-1$
                "Thôn 3, xã Hòa Bình, thành phố Kon Tum", Sector.IT); //$NON-NLS-1$
        p.setIdNumber("062089001234"); //$NON-NLS-1$
        InspectedSubject ok1 = subject(ViolatorType.ORGANISATION, "Bưu điện tỉnh Kon Tum", "0100684378-055", //$NON-NLS-1$ //$NON-NLS-2$
                "70 Lê Hồng Phong, phường Thắng Lợi, thành phố Kon Tum", Sector.POSTAL); //$NON-NLS-1$
        InspectedSubject ok2 = subject(ViolatorType.ORGANISATION, "Đài Truyền thanh - Truyền hình huyện Kon Rẫy", null, //$NON-NLS-1$
                "thị trấn Đăk Rve, huyện Kon Rẫy", Sector.RADIO); //$NON-NLS-1$
        InspectedSubject ok3 = subject(ViolatorType.ORGANISATION, "Điểm truy nhập Internet công cộng Hoàng Gia", "6101678901", //$NON-NLS-1$ //$NON-NLS-2$
                "301 Ure, phường Quang Trung, thành phố Kon Tum", Sector.INTERNET_POINT); //$NON-NLS-1$

        List<InspectionRound> rounds = List.of(
                round("12/QĐ-STTTT", "2020-02-14", "Kiểm tra việc chấp hành pháp luật về bưu chính, chuyển phát tại thành phố Kon Tum", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-02-24", "2020-02-28", List.of(MARKET), ok1, a), //$NON-NLS-1$ //$NON-NLS-2$
                round("25/QĐ-STTTT", "2020-03-05", "Kiểm tra việc sử dụng tần số vô tuyến điện của các đài truyền thanh cấp huyện", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-03-16", "2020-03-20", List.of(RADIO), ok2), //$NON-NLS-1$ //$NON-NLS-2$
                round("41/QĐ-STTTT", "2020-05-11", "Thanh tra hoạt động kinh doanh dịch vụ chuyển phát", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-05-18", "2020-05-29", List.of(MARKET, POLICE), a), //$NON-NLS-1$ //$NON-NLS-2$
                round("55/QĐ-STTTT", "2020-06-08", "Kiểm tra dịch vụ bưu chính, chuyển phát tại các huyện Đăk Hà, Đăk Tô, Ngọc Hồi", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-06-15", "2020-06-26", List.of(MARKET), b), //$NON-NLS-1$ //$NON-NLS-2$
                round("63/QĐ-STTTT", "2020-07-06", "Kiểm tra điểm truy nhập Internet công cộng và trò chơi điện tử công cộng", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-07-13", "2020-07-17", List.of(POLICE), ok3), //$NON-NLS-1$ //$NON-NLS-2$
                round("78/QĐ-STTTT", "2020-08-03", "Thanh tra việc chấp hành pháp luật về bưu chính của doanh nghiệp bưu chính", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-08-10", "2020-08-21", List.of(MARKET), c, ok1), //$NON-NLS-1$ //$NON-NLS-2$
                round("90/QĐ-STTTT", "2020-09-01", "Kiểm tra dịch vụ chuyển phát hàng hóa thương mại điện tử", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-09-08", "2020-09-18", List.of(MARKET, POLICE), d), //$NON-NLS-1$ //$NON-NLS-2$
                round("104/QĐ-STTTT", "2020-10-05", "Kiểm tra tần số vô tuyến điện và thiết bị phát sóng vô tuyến điện", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-10-12", "2020-10-16", List.of(RADIO, POLICE), ok2), //$NON-NLS-1$ //$NON-NLS-2$
                round("117/QĐ-STTTT", "2020-11-02", "Kiểm tra dịch vụ bưu chính, chuyển phát dịp cuối năm", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-11-09", "2020-11-20", List.of(MARKET), e), //$NON-NLS-1$ //$NON-NLS-2$
                round("126/QĐ-STTTT", "2020-11-23", "Kiểm tra việc cung cấp, chia sẻ thông tin trên mạng xã hội", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "2020-11-30", "2020-12-04", List.of(POLICE), p)); //$NON-NLS-1$ //$NON-NLS-2$
        rounds.get(9).setStatus(RoundStatus.CONCLUDED);

        List<ViolationRecord> cases = new ArrayList<>();
        cases.add(kase(catalogue, rounds.get(2), a, 1, "2020-05-20T09:30", "2020-05-27", 0, //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ7 k3", "Hợp đồng cung ứng dịch vụ với khách hàng thiếu nội dung bắt buộc", 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ8 k2", "Thông tin về bưu gửi ghi không chính xác", 0))); //$NON-NLS-1$ //$NON-NLS-2$
        cases.add(kase(catalogue, rounds.get(3), b, 2, "2020-06-17T14:00", "2020-06-24", 1, //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ7 k2", "Không ghi thời gian, địa điểm chấp nhận bưu gửi", 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ8 k3 b", "Không niêm yết danh mục hàng cấm gửi tại điểm phục vụ", 0))); //$NON-NLS-1$ //$NON-NLS-2$
        cases.add(kase(catalogue, rounds.get(5), c, 3, "2020-08-12T10:15", "2020-08-19", 0, //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ5 k2", "Không thông báo thay đổi địa chỉ trụ sở liên quan đến giấy phép bưu chính", 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ7 k1", "Ghi sai ngày chấp nhận trên bưu gửi", 0))); //$NON-NLS-1$ //$NON-NLS-2$
        cases.add(kase(catalogue, rounds.get(6), d, 4, "2020-09-10T08:45", "2020-09-17", 2, //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ8 k4 a", "Không thực hiện đúng quy định về phát bưu gửi", 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ8 k2", "Thông tin về bưu gửi ghi không chính xác", 0))); //$NON-NLS-1$ //$NON-NLS-2$
        cases.add(kase(catalogue, rounds.get(8), e, 5, "2020-11-11T15:20", "2020-11-18", 0, //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ8 k3 d", "Báo cáo định kỳ gửi chậm, không đầy đủ nội dung", 0), //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ8 k4 a", "Không thực hiện đúng quy định về phát bưu gửi", 0))); //$NON-NLS-1$ //$NON-NLS-2$
        // an individual, first offence, who admitted it and removed the post at once: 2 mitigating
        ViolationRecord last = kase(catalogue, rounds.get(9), p, 6, "2020-12-02T09:00", "2020-12-09", 3, //$NON-NLS-1$ //$NON-NLS-2$
                new Line("Đ101 k1 a", "Đăng tải thông tin sai sự thật về dịch bệnh trên mạng xã hội Facebook", 2)); //$NON-NLS-1$ //$NON-NLS-2$
        last.getDecision().getRemedialMeasures().add("Buộc gỡ bỏ thông tin sai sự thật"); //$NON-NLS-1$
        last.setStatus(CaseStatus.PAID);
        cases.add(last);

        List<Entity> all = new ArrayList<>(List.of(a, b, c, d, e, p, ok1, ok2, ok3));
        all.addAll(rounds);
        all.addAll(cases);
        return all;
    }

    private record Line(String ref, String found, int mitigating) {
    }

    private static InspectedSubject subject(ViolatorType type, String name, String taxCode, String address, Sector sector) {
        InspectedSubject s = F.createInspectedSubject();
        s.setViolatorType(type);
        s.setName(name);
        s.setTaxCode(taxCode);
        s.setAddress(address);
        s.setSector(sector);
        return s;
    }

    private static InspectionRound round(String number, String date, String title, String start, String end,
            List<String> partners, InspectedSubject... subjects) {
        InspectionRound r = F.createInspectionRound();
        r.setDecisionNumber(number);
        r.setDecisionDate(LocalDate.parse(date));
        r.setTitle(title);
        r.setLegalBasis(BASIS);
        r.setLeadingBody(LEAD);
        r.getPartnerBodies().addAll(partners);
        r.setPlannedStart(LocalDate.parse(start));
        r.setPlannedEnd(LocalDate.parse(end));
        r.setActualStart(LocalDate.parse(start));
        r.setActualEnd(LocalDate.parse(end));
        r.setStatus(RoundStatus.PUBLISHED);
        r.getMembers().add(member("Nguyễn Thị Thanh Hà", "Chánh Thanh tra Sở Thông tin và Truyền thông", "head")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        r.getMembers().add(member("Lê Quang Minh", "Thanh tra viên, Thanh tra Sở", "member")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        r.getMembers().add(member("Phạm Văn Tuấn", "Chuyên viên Phòng Bưu chính, Viễn thông", "member")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (String partner : partners) {
            r.getMembers().add(member(partner.equals(MARKET) ? "Võ Đình Khoa" : partner.equals(POLICE) ? "Đinh Công Thắng" //$NON-NLS-1$ //$NON-NLS-2$
                    : "Hồ Sỹ Lâm", "Cán bộ " + partner, "member")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        r.getSubjects().addAll(List.of(subjects));
        return r;
    }

    private static TeamMember member(String name, String position, String role) {
        TeamMember m = F.createTeamMember();
        m.setName(name);
        m.setPosition(position);
        m.setRole(role);
        return m;
    }

    private static ViolationRecord kase(LegalCatalogue catalogue, InspectionRound round, InspectedSubject violator, int n,
            String recordedAt, String decidedOn, int paidAfterDays, Line... lines) {
        ViolationRecord r = F.createViolationRecord();
        r.setRound(round);
        r.setNumber(String.format("%02d/BB-VPHC", n)); //$NON-NLS-1$
        r.setRecordedAt(LocalDateTime.parse(recordedAt));
        r.setPlace("Trụ sở " + violator.getName() + ", " + violator.getAddress()); //$NON-NLS-1$ //$NON-NLS-2$
        r.setRecorder("Lê Quang Minh, Thanh tra viên"); //$NON-NLS-1$
        r.setViolator(violator);
        r.setSigned(true);
        r.setCaseKind(CaseKind.STANDARD);
        r.setStatus(CaseStatus.CLOSED);
        LocalDate decided = LocalDate.parse(decidedOn);
        SanctionDecision d = F.createSanctionDecision();
        d.setNumber(String.format("%02d/QĐ-XPVPHC", n)); //$NON-NLS-1$
        d.setDecidedOn(decided);
        d.setReceivedOn(decided);
        d.setSigner("Nguyễn Thị Thanh Hà"); //$NON-NLS-1$
        d.setSignerRole("department-chief-inspector"); //$NON-NLS-1$
        long total = 0;
        for (Line line : lines) {
            Behaviour b = F.createBehaviour();
            b.setDecreeId(DECREE);
            b.setArticleRef(line.ref());
            b.setDescription(line.found());
            r.getBehaviours().add(b);
            Article article = catalogue.require(DECREE, line.ref(), decided);
            FineRange range = FineCalculator.range(article, violator.getViolatorType());
            DecisionLine l = F.createDecisionLine();
            l.setDecreeId(DECREE);
            l.setArticleRef(article.ref().toString());
            l.setRangeMin(range.min());
            l.setRangeMax(range.max());
            l.setMitigating(line.mitigating());
            l.setAggravating(0);
            l.setFine(FineCalculator.fine(article, violator.getViolatorType(), line.mitigating(), 0));
            total = Math.addExact(total, l.getFine());
            d.getLines().add(l);
        }
        d.setTotal(total);
        Payment pay = F.createPayment();
        pay.setReceipt(String.format("BL-2020-%04d", 100 + n * 7)); //$NON-NLS-1$
        pay.setPaidOn(decided.plusDays(paidAfterDays));
        pay.setAmount(total);
        d.getPayments().add(pay);
        r.setDecision(d);
        return r;
    }
}
