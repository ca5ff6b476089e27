package vn.egov.workbench.architecture.samples.internal;

import vn.egov.workbench.architecture.model.AccessChannel;
import vn.egov.workbench.architecture.model.AccessMode;
import vn.egov.workbench.architecture.model.AdministrativeProcedure;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ApplicationScope;
import vn.egov.workbench.architecture.model.DataEntity;
import vn.egov.workbench.architecture.model.Database;
import vn.egov.workbench.architecture.model.ExternalSystem;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.Infrastructure;
import vn.egov.workbench.architecture.model.IntegrationPlatform;
import vn.egov.workbench.architecture.model.IntegrationPlatformKind;
import vn.egov.workbench.architecture.model.OnlineServiceLevel;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Portal;
import vn.egov.workbench.architecture.model.SecurityControl;
import vn.egov.workbench.architecture.model.SecurityLayer;

/** The Kon Tum sample's channels, services, applications, data, integration, infrastructure and security. */
final class KontumSystems {

    private final KontumSample s;

    KontumSystems(KontumSample s) {
        this.s = s;
    }

    void build() {
        Folder channels = s.folder(FolderType.ACCESS_CHANNELS);
        AccessChannel web = channel(channels, "KENH-WEB", "Trang web (máy tính)", "web");
        AccessChannel mobile = channel(channels, "KENH-DD", "Thiết bị di động", "mobile");
        AccessChannel desk = channel(channels, "KENH-MOTCUA", "Bộ phận một cửa (Trung tâm Phục vụ hành chính công)",
                "one-stop-desk");
        AccessChannel bcci = channel(channels, "KENH-BCCI", "Dịch vụ bưu chính công ích (BCCI)", "postal-bcci");
        s.relate(F().createOwns(), s.unit("TT-PVHCC"), desk);

        Folder business = s.folder(FolderType.BUSINESS);
        AdministrativeProcedure l4 = services(business, "DVC-MD4", "Dịch vụ công trực tuyến mức độ 4",
                OnlineServiceLevel.LEVEL_4, 415);
        AdministrativeProcedure l3 = services(business, "DVC-MD3", "Dịch vụ công trực tuyến mức độ 3",
                OnlineServiceLevel.LEVEL_3, 310);
        AdministrativeProcedure l2 = services(business, "DVC-MD2", "Dịch vụ công trực tuyến mức độ 2",
                OnlineServiceLevel.LEVEL_2, 1988);
        AdministrativeProcedure dicProcedures = s.add(business, F().createAdministrativeProcedure(), "TTHC-STTTT",
                "Thủ tục hành chính thuộc thẩm quyền Sở Thông tin và Truyền thông");
        dicProcedures.setSector("Thông tin và Truyền thông");
        dicProcedures.setHandlingUnit(s.dic);
        dicProcedures.setOnlineServiceLevel(OnlineServiceLevel.LEVEL_4);
        SampleBuilder.property(dicProcedures, "Số thủ tục công bố", "44/44 (38 cấp tỉnh, 6 cấp huyện)");
        SampleBuilder.property(dicProcedures, "Dịch vụ công trực tuyến", "14 mức độ 3, 23 mức độ 4 (52,3%)");
        for (AccessChannel c : new AccessChannel[] { web, mobile, desk, bcci }) {
            s.relate(F().createServes(), c, s.users.get("ND"));
        }
        s.relate(F().createFlowsVia(), l4, bcci);

        Folder apps = s.folder(FolderType.APPLICATION);
        Portal portal = portal(apps, "CONG-TTDT", "Cổng thông tin điện tử tỉnh Kon Tum", "https://kontum.gov.vn",
                "e-portal", s.office, 2);
        SampleBuilder.property(portal, "Trang thông tin điện tử thành phần", "30/30");
        Folder members = s.subfolder(apps, "member-sites", "Trang thông tin điện tử thành phần (30)");
        for (OrganisationUnit u : s.units.values()) {
            if (u.getParent() == s.province) { // the 20 departments and the 10 districts: 30 member sites
                Portal site = portal(members, "TTDT-" + u.getCode(), "Trang thông tin điện tử " + u.getName(), null,
                        "member-site", u, 1);
                s.relate(F().createComposes(), portal, site);
            }
        }
        Portal dvc = portal(apps, "CONG-DVC", "Cổng dịch vụ công tỉnh Kon Tum", "https://hanhchinhcong.kontum.gov.vn",
                "public-service", s.office, 3);
        SampleBuilder.property(dvc, "DVC mức độ 4", 415);
        SampleBuilder.property(dvc, "DVC mức độ 3", 310);
        SampleBuilder.property(dvc, "DVC mức độ 2", 1988);
        SampleBuilder.property(dvc, "Nơi thực hiện", "Trung tâm Phục vụ hành chính công tỉnh");
        for (AdministrativeProcedure p : new AdministrativeProcedure[] { l4, l3, l2, dicProcedures }) {
            s.relate(F().createServes(), dvc, p);
        }
        s.relate(F().createRealises(), dvc, web);
        s.relate(F().createRealises(), dvc, mobile);
        Application ioffice = app(apps, "IOFFICE", "Phần mềm quản lý văn bản và điều hành VNPT-iOffice", s.dic, 2);
        ioffice.setVendor("VNPT");
        ioffice.setScope(ApplicationScope.SHARED);
        SampleBuilder.property(ioffice, "Liên thông", "4 cấp chính quyền; 100% văn bản điện tử gửi, nhận đúng quy định");
        Application mail = app(apps, "THU-DT", "Hệ thống thư điện tử công vụ tỉnh", s.dic, 2);
        mail.setScope(ApplicationScope.SHARED);
        mail.setUserCount(5500);
        SampleBuilder.property(mail, "Số tài khoản", "trên 5.500");
        Application video = app(apps, "HNTH", "Hệ thống hội nghị truyền hình trực tuyến", s.office, 2);
        SampleBuilder.property(video, "Số điểm kết nối", 14);
        SampleBuilder.property(video, "Phạm vi", "Trung ương – tỉnh – huyện; đến cấp xã ở Ngọc Hồi, Kon Plông, Sa Thầy, "
                + "Tu Mơ Rông, Đăk Glei");
        Application soc = app(apps, "SOC", "Trung tâm giám sát an toàn thông tin mạng (SOC) tỉnh Kon Tum", s.dic, 3);
        SampleBuilder.property(soc, "Kết nối", "Trung tâm giám sát an ninh mạng quốc gia, trước 30/9/2020");
        for (Application a : new Application[] { portal, dvc, ioffice, mail, video }) {
            s.relate(F().createServes(), a, s.users.get("CBCC"));
        }
        s.relate(F().createServes(), ioffice, s.users.get("LD"));
        s.relate(F().createServes(), dvc, s.users.get("DN"));

        ExternalSystem ca = s.add(apps, F().createExternalSystem(), "CKS-CHUYENDUNG",
                "Hệ thống chứng thực chữ ký số chuyên dùng Chính phủ");
        ca.setOperator("Ban Cơ yếu Chính phủ");
        ca.setDescription("Chứng thư số cấp cho UBND tỉnh, đơn vị trực thuộc, 20 sở, ban, ngành, 64 đơn vị trực thuộc sở, "
                + "10 huyện, thành phố, 130 phòng, ban, xã, phường, thị trấn, HĐND tỉnh và văn phòng HĐND tỉnh.");
        SampleBuilder.property(ca, "Chứng thư số tổ chức", 384);
        SampleBuilder.property(ca, "Chứng thư số cá nhân", 992);
        SampleBuilder.property(ca, "SIM PKI", 70);
        s.relate(F().createServes(), ca, ioffice);
        ExternalSystem dvcqg = s.add(apps, F().createExternalSystem(), "CONG-DVCQG", "Cổng Dịch vụ công quốc gia");
        dvcqg.setOperator("Văn phòng Chính phủ");
        dvcqg.setNationalDatabase(false);
        ExternalSystem ncsc = s.add(apps, F().createExternalSystem(), "NCSC",
                "Trung tâm giám sát an ninh mạng quốc gia");
        ncsc.setOperator("Bộ Thông tin và Truyền thông");
        s.relate(F().createServes(), ncsc, soc);

        Folder data = s.folder(FolderType.DATA);
        Database docsDb = s.add(data, F().createDatabase(), "CSDL-VB", "Cơ sở dữ liệu văn bản điện tử");
        docsDb.setOwner(s.dic);
        Database filesDb = s.add(data, F().createDatabase(), "CSDL-HSTTHC", "Cơ sở dữ liệu hồ sơ thủ tục hành chính");
        filesDb.setOwner(s.office);
        DataEntity files = s.add(data, F().createDataEntity(), "DL-HOSO", "Hồ sơ thủ tục hành chính");
        files.setDatabase(filesDb);
        files.setPersonalData(true);
        files.setOwner(s.office);
        s.relate(F().createAccesses(), ioffice, docsDb).setAccessMode(AccessMode.READ_WRITE);
        s.relate(F().createAccesses(), dvc, files).setAccessMode(AccessMode.READ_WRITE);

        Folder tech = s.folder(FolderType.TECHNOLOGY);
        IntegrationPlatform lgsp = s.add(tech, F().createIntegrationPlatform(), "LGSP",
                "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Kon Tum (LGSP)");
        lgsp.setPlatformKind(IntegrationPlatformKind.LGSP);
        lgsp.setOwner(s.dic);
        SampleBuilder.property(lgsp, "Kết nối NGSP", "hoàn thành năm 2020");
        IntegrationPlatform ngsp = s.add(tech, F().createIntegrationPlatform(), "NGSP",
                "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP)");
        ngsp.setPlatformKind(IntegrationPlatformKind.NGSP);
        IntegrationPlatform axis = s.add(tech, F().createIntegrationPlatform(), "TRUC-VBQG",
                "Trục liên thông văn bản quốc gia");
        s.relate(F().createFlowsVia(), lgsp, ngsp);
        s.relate(F().createFlowsVia(), dvc, lgsp);
        s.relate(F().createServes(), lgsp, dvcqg);
        s.relate(F().createFlowsVia(), ioffice, axis);
        Infrastructure dc = infra(tech, "TTDL", "Trung tâm tích hợp dữ liệu tỉnh", "data-centre");
        Infrastructure network = infra(tech, "TSLCD-CAP2", "Mạng truyền số liệu chuyên dùng cấp II", "network");
        Infrastructure lan = infra(tech, "LAN-WAN", "Mạng LAN/WAN của các cơ quan nhà nước", "network");
        for (Application a : new Application[] { portal, dvc, ioffice, mail, soc }) {
            s.relate(F().createDeployedOn(), a, dc);
        }
        s.relate(F().createDeployedOn(), lgsp, dc);
        s.relate(F().createServes(), network, dc);
        s.relate(F().createServes(), lan, network);
        s.relate(F().createServes(), network, video);

        Folder security = s.folder(FolderType.SECURITY);
        SecurityControl c1 = control(security, "ATTT-LOP1", "Lớp 1: Lực lượng tại chỗ", SecurityLayer.LAYER_1ONSITE);
        SecurityControl c2 = control(security, "ATTT-LOP2", "Lớp 2: Giám sát, bảo vệ chuyên nghiệp (SOC)",
                SecurityLayer.LAYER_2MONITORING);
        control(security, "ATTT-LOP3", "Lớp 3: Kiểm tra, đánh giá độc lập định kỳ", SecurityLayer.LAYER_3ASSESSMENT);
        SecurityControl c4 = control(security, "ATTT-LOP4", "Lớp 4: Kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia",
                SecurityLayer.LAYER_4NATIONAL_CONNECTION);
        s.relate(F().createProtects(), c1, dc);
        s.relate(F().createProtects(), c2, dc);
        s.relate(F().createProtects(), c2, dvc);
        s.relate(F().createProtects(), c4, soc);
        s.relate(F().createDeployedOn(), c2, dc);
    }

    private static vn.egov.workbench.architecture.model.ArchitectureFactory F() {
        return SampleBuilder.F;
    }

    private AccessChannel channel(Folder f, String code, String name, String type) {
        AccessChannel c = s.add(f, F().createAccessChannel(), code, name);
        c.setChannelType(type);
        return c;
    }

    private AdministrativeProcedure services(Folder f, String code, String name, OnlineServiceLevel level, int count) {
        AdministrativeProcedure p = s.add(f, F().createAdministrativeProcedure(), code, name);
        p.setOnlineServiceLevel(level);
        p.setHandlingUnit(s.unit("TT-PVHCC"));
        SampleBuilder.property(p, "Số dịch vụ", count);
        SampleBuilder.property(p, KontumSample.NOTE,
                "Nhóm thủ tục theo mức độ, theo số liệu cuối năm 2020");
        return p;
    }

    private Application app(Folder f, String code, String name, OrganisationUnit owner, int level) {
        Application a = s.add(f, F().createApplication(), code, name);
        a.setOwner(owner);
        a.setSecurityLevel(level);
        SampleBuilder.property(a, KontumSample.NOTE, KontumSample.ASSUMED_LEVEL);
        return a;
    }

    private Portal portal(Folder f, String code, String name, String url, String type, OrganisationUnit owner,
            int level) {
        Portal p = s.add(f, F().createPortal(), code, name);
        p.setUrl(url);
        p.setPortalType(type);
        p.setOwner(owner);
        p.setSecurityLevel(level);
        p.setScope(ApplicationScope.SHARED);
        SampleBuilder.property(p, KontumSample.NOTE, KontumSample.ASSUMED_LEVEL);
        return p;
    }

    private Infrastructure infra(Folder f, String code, String name, String type) {
        Infrastructure i = s.add(f, F().createInfrastructure(), code, name);
        i.setInfraType(type);
        i.setOwner(s.dic);
        return i;
    }

    private SecurityControl control(Folder f, String code, String name, SecurityLayer layer) {
        SecurityControl c = s.add(f, F().createSecurityControl(), code, name);
        c.setLayer(layer);
        c.setOwner(s.dic);
        return c;
    }
}
