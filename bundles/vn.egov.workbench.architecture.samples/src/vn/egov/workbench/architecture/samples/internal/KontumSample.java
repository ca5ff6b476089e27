package vn.egov.workbench.architecture.samples.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.GovernmentLevel;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Stakeholder;
import vn.egov.workbench.architecture.model.StakeholderType;

/**
 * The Kon Tum sample: the provincial e-government architecture 2.0 as the Department of Information and
 * Communications' 2020 report describes it (shared/reference/kontum-ict-2020-report.vi.txt), with the report's 2021
 * tasks as target-state elements and projects.
 * <p>
 * Figures come from the report. Where the report is silent the sample says so in a property "Ghi chú" (e.g. security
 * levels are assumed for the sample). Communes are kept as a count per district (property "Số đơn vị hành chính cấp
 * xã"), not as 102 elements: the report only counts them. Data, not code: edit the model, not this class, for
 * real work; this class only regenerates the shipped file (see SampleFilesTest).
 */
public final class KontumSample extends SampleBuilder {

    static final String NOTE = "Ghi chú";
    static final String ASSUMED_LEVEL = "Cấp độ an toàn thông tin giả định cho dữ liệu mẫu, chưa đối chiếu hồ sơ đề xuất cấp độ";

    final Map<String, OrganisationUnit> units = new LinkedHashMap<>();
    final Map<String, Stakeholder> users = new LinkedHashMap<>();
    OrganisationUnit province;
    OrganisationUnit office;
    OrganisationUnit dic;

    private KontumSample() {
        super("kt-");
    }

    public static Architecture build() {
        KontumSample s = new KontumSample();
        s.root();
        StandardFolders.make(s);
        s.organisation();
        s.stakeholders();
        new KontumSystems(s).build();
        new KontumPlans(s).build();
        new KontumDiagram(s).build();
        return s.withStableUuids();
    }

    private void root() {
        model.setName("Kiến trúc Chính quyền điện tử tỉnh Kon Tum (phiên bản 2.0)");
        model.setDescription("Mô hình mẫu dựng từ báo cáo \"Kết quả thực hiện nhiệm vụ Thông tin và Truyền thông năm 2020\" "
                + "của Sở Thông tin và Truyền thông tỉnh Kon Tum (02/02/2021), theo Khung Kiến trúc Chính phủ điện tử "
                + "Việt Nam phiên bản 2.0 (2323/QĐ-BTTTT).");
        model.setProvince("Kon Tum");
        model.setFrameworkVersion("2.0");
        model.setPeriodFrom(2020);
        model.setPeriodTo(2025);
        property(model, NOTE, "Số, ngày quyết định phê duyệt kiến trúc của tỉnh: chưa ghi (báo cáo không nêu).");
    }

    private void organisation() {
        Folder org = folder(FolderType.ORGANISATION);
        province = unit(org, "UBND-TINH", "Ủy ban nhân dân tỉnh Kon Tum", GovernmentLevel.PROVINCE, null);
        property(province, "Số đơn vị hành chính cấp xã", 102);
        property(province, "Xã có đài truyền thanh cơ sở", "94/102");
        unit(org, "HDND-TINH", "Hội đồng nhân dân tỉnh Kon Tum", GovernmentLevel.PROVINCE, null);
        Folder departments = subfolder(org, "departments", "Sở, ban, ngành (20)");
        property(departments, NOTE, "Báo cáo chỉ nêu số lượng (20 sở, ban, ngành); tên các đơn vị lập theo cơ cấu tổ chức "
                + "của tỉnh năm 2020, cần đối chiếu trước khi dùng");
        office = unit(departments, "VP-UBND", "Văn phòng Ủy ban nhân dân tỉnh", GovernmentLevel.PROVINCE, province);
        String[][] list = {
                { "SO-NV", "Sở Nội vụ" }, { "SO-TP", "Sở Tư pháp" }, { "SO-KHDT", "Sở Kế hoạch và Đầu tư" },
                { "SO-TC", "Sở Tài chính" }, { "SO-CT", "Sở Công Thương" },
                { "SO-NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn" }, { "SO-GTVT", "Sở Giao thông vận tải" },
                { "SO-XD", "Sở Xây dựng" }, { "SO-TNMT", "Sở Tài nguyên và Môi trường" },
                { "SO-TTTT", "Sở Thông tin và Truyền thông" }, { "SO-LDTBXH", "Sở Lao động - Thương binh và Xã hội" },
                { "SO-VHTTDL", "Sở Văn hóa, Thể thao và Du lịch" }, { "SO-KHCN", "Sở Khoa học và Công nghệ" },
                { "SO-GDDT", "Sở Giáo dục và Đào tạo" }, { "SO-YT", "Sở Y tế" }, { "SO-NGV", "Sở Ngoại vụ" },
                { "THANH-TRA", "Thanh tra tỉnh" }, { "BAN-DT", "Ban Dân tộc" },
                { "BQL-KKT", "Ban Quản lý Khu kinh tế tỉnh" } };
        for (String[] d : list) {
            unit(departments, d[0], d[1], GovernmentLevel.PROVINCE, province);
        }
        dic = units.get("SO-TTTT");
        property(dic, NOTE, "Cơ quan chủ trì xây dựng và cập nhật kiến trúc");
        OrganisationUnit centre = unit(departments, "TT-PVHCC", "Trung tâm Phục vụ hành chính công tỉnh",
                GovernmentLevel.PROVINCE, office);
        property(centre, NOTE, "Tiếp nhận và trả kết quả một cửa; đơn vị trực thuộc, không tính trong 20 sở, ban, ngành");
        Folder districts = subfolder(org, "districts", "Huyện, thành phố (10)");
        property(districts, NOTE, "Số đơn vị cấp xã của từng huyện lập theo danh mục đơn vị hành chính năm 2020 "
                + "(tổng 102, khớp với báo cáo), cần đối chiếu trước khi dùng");
        Object[][] d = { { "TP-KONTUM", "Thành phố Kon Tum", 21 }, { "H-DAKGLEI", "Huyện Đăk Glei", 12 },
                { "H-NGOCHOI", "Huyện Ngọc Hồi", 8 }, { "H-DAKTO", "Huyện Đăk Tô", 9 },
                { "H-KONPLONG", "Huyện Kon Plông", 9 }, { "H-KONRAY", "Huyện Kon Rẫy", 7 },
                { "H-DAKHA", "Huyện Đăk Hà", 11 }, { "H-SATHAY", "Huyện Sa Thầy", 11 },
                { "H-TUMORONG", "Huyện Tu Mơ Rông", 11 }, { "H-IAHDRAI", "Huyện Ia H'Drai", 3 } };
        for (Object[] row : d) {
            OrganisationUnit u = unit(districts, (String) row[0], "Ủy ban nhân dân " + row[1],
                    GovernmentLevel.DISTRICT, province);
            property(u, "Số đơn vị hành chính cấp xã", row[2]);
        }
    }

    private OrganisationUnit unit(Folder folder, String code, String name, GovernmentLevel level,
            OrganisationUnit parent) {
        OrganisationUnit u = add(folder, F.createOrganisationUnit(), code, name);
        u.setLevel(level);
        u.setParent(parent);
        units.put(code, u);
        return u;
    }

    private void stakeholders() {
        Folder f = folder(FolderType.STAKEHOLDERS);
        user(f, "ND", "Người dân", StakeholderType.CITIZEN);
        user(f, "DN", "Doanh nghiệp", StakeholderType.BUSINESS);
        user(f, "LD", "Lãnh đạo các cấp", StakeholderType.LEADER);
        user(f, "CBCC", "Cán bộ, công chức, viên chức", StakeholderType.CIVIL_SERVANT);
        property(users.get("CBCC"), "Tỷ lệ máy tính/CBCC", "cấp tỉnh 100%, cấp huyện 100%, cấp xã 90,88%");
    }

    private void user(Folder f, String code, String name, StakeholderType type) {
        Stakeholder s = add(f, F.createStakeholder(), code, name);
        s.setStakeholderType(type);
        users.put(code, s);
    }

    OrganisationUnit unit(String code) {
        OrganisationUnit u = units.get(code);
        if (u == null) {
            throw new IllegalArgumentException(code);
        }
        return u;
    }

    /** Lets the parts of the sample use the builder's helpers. */
    Architecture model() {
        return model;
    }
}
