package vn.egov.workbench.architecture.samples.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.Infrastructure;
import vn.egov.workbench.architecture.model.IntegrationService;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.Policy;
import vn.egov.workbench.architecture.model.Project;
import vn.egov.workbench.architecture.model.Roadmap;
import vn.egov.workbench.architecture.model.RoadmapItem;
import vn.egov.workbench.architecture.model.SecurityControl;

/** The Kon Tum sample's direction and policies, and the report's 2021 tasks as projects and target elements. */
final class KontumPlans {

    private final KontumSample s;
    private final Map<String, Element> byCode = new HashMap<>();

    KontumPlans(KontumSample s) {
        this.s = s;
        for (TreeIterator<EObject> it = s.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e) {
                byCode.put(e.getCode(), e);
            }
        }
    }

    void build() {
        Policy framework = policy("QD-2323", "Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0", "2323/QĐ-BTTTT",
                LocalDate.of(2019, 12, 31), "Bộ Thông tin và Truyền thông");
        Policy decree85 = policy("ND-85-2016", "Nghị định về bảo đảm an toàn hệ thống thông tin theo cấp độ",
                "85/2016/NĐ-CP", LocalDate.of(2016, 7, 1), "Chính phủ");
        Policy circular03 = policy("TT-03-2017", "Thông tư hướng dẫn Nghị định 85/2016/NĐ-CP", "03/2017/TT-BTTTT",
                LocalDate.of(2017, 4, 24), "Bộ Thông tin và Truyền thông");
        Policy directive14 = policy("CT-14-TTG", "Chỉ thị về tăng cường bảo đảm an toàn, an ninh mạng (mô hình 4 lớp)",
                "14/CT-TTg", LocalDate.of(2019, 6, 7), "Thủ tướng Chính phủ");
        Policy dx = policy("QD-749-TTG", "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
                "749/QĐ-TTg", LocalDate.of(2020, 6, 3), "Thủ tướng Chính phủ");
        Policy nq50 = policy("NQ-50-CP", "Chương trình hành động thực hiện Nghị quyết 52-NQ/TW về cách mạng công nghiệp lần thứ tư",
                "50/NQ-CP", LocalDate.of(2020, 4, 17), "Chính phủ");
        Policy qd135 = policy("QD-135-TTG", "Đề án nâng cao hiệu quả hoạt động thông tin cơ sở dựa trên ứng dụng công nghệ thông tin",
                "135/QĐ-TTg", LocalDate.of(2020, 1, 20), "Thủ tướng Chính phủ");
        Policy kh4222 = policy("KH-4222-UBND", "Kế hoạch triển khai Quyết định 135/QĐ-TTg trên địa bàn tỉnh Kon Tum",
                "4222/KH-UBND", LocalDate.of(2020, 10, 11), "UBND tỉnh Kon Tum");
        s.relate(SampleBuilder.F.createCompliesWith(), el("SOC"), directive14);
        s.relate(SampleBuilder.F.createCompliesWith(), el("ATTT-LOP2"), directive14);
        s.relate(SampleBuilder.F.createCompliesWith(), el("CONG-DVC"), decree85);
        s.relate(SampleBuilder.F.createCompliesWith(), el("CONG-DVC"), circular03);
        s.relate(SampleBuilder.F.createCompliesWith(), el("LGSP"), framework);

        Folder projects = s.folder(FolderType.PROJECTS);
        Folder targets = s.subfolder(projects, "targets-2021", "Thành phần mục tiêu (nhiệm vụ năm 2021)");
        Infrastructure ipv6 = s.add(targets, SampleBuilder.F.createInfrastructure(), "HT-IPV6",
                "Hạ tầng mạng của cơ quan nhà nước sẵn sàng IPv6");
        ipv6.setInfraType("network");
        ipv6.setIpv6Ready(true);
        ipv6.setLifecycleStatus(LifecycleStatus.TARGET);
        ipv6.setOwner(s.dic);
        SampleBuilder.property(ipv6, KontumSample.NOTE, "Thay thế dần mạng chỉ dùng IPv4 theo Kế hoạch IPv6 giai đoạn 2019–2025");
        s.relate(SampleBuilder.F.createReplaces(), ipv6, el("LAN-WAN"));
        IntegrationService sharing = s.add(targets, SampleBuilder.F.createIntegrationService(), "DV-LGSP",
                "Dịch vụ chia sẻ dữ liệu dùng chung qua LGSP");
        sharing.setPlatform((vn.egov.workbench.architecture.model.IntegrationPlatform) el("LGSP"));
        sharing.setLifecycleStatus(LifecycleStatus.TARGET);
        sharing.setOwner(s.dic);
        s.relate(SampleBuilder.F.createComposes(), el("LGSP"), sharing);
        Application source = s.add(targets, SampleBuilder.F.createApplication(), "HTTT-NGUON",
                "Hệ thống thông tin nguồn cấp tỉnh");
        source.setLifecycleStatus(LifecycleStatus.TARGET);
        source.setOwner(s.dic);
        SecurityControl drill = s.add(targets, SampleBuilder.F.createSecurityControl(), "ATTT-DIENTAP",
                "Diễn tập ứng cứu sự cố an toàn thông tin mạng");
        drill.setLayer(vn.egov.workbench.architecture.model.SecurityLayer.LAYER_3ASSESSMENT);
        drill.setLifecycleStatus(LifecycleStatus.TARGET);
        drill.setOwner(s.dic);
        s.relate(SampleBuilder.F.createComposes(), el("ATTT-LOP3"), drill);

        Roadmap roadmap = s.add(projects, SampleBuilder.F.createRoadmap(), "LT-2021",
                "Nhiệm vụ, giải pháp năm 2021 về công nghệ thông tin, bưu chính, viễn thông");
        roadmap.setOwner(s.dic);
        Project p1 = project(roadmap, "DA-IPV6", "Kế hoạch ứng dụng IPv6 trên mạng lưới dịch vụ của cơ quan nhà nước tỉnh Kon Tum",
                2019, 2025, LifecycleStatus.IN_DEPLOYMENT, ipv6);
        project(roadmap, "DA-BCCI", "Kiểm tra, giám sát tiếp nhận hồ sơ, trả kết quả TTHC qua dịch vụ BCCI năm 2021",
                2021, 2021, LifecycleStatus.TARGET, el("KENH-BCCI"));
        project(roadmap, "DA-QC-TSLCD", "Quy chế quản lý, vận hành và sử dụng mạng truyền số liệu chuyên dùng cấp II",
                2021, 2021, LifecycleStatus.TARGET, el("TSLCD-CAP2"));
        project(roadmap, "DA-HTVT", "Kế hoạch phát triển hạ tầng viễn thông tỉnh Kon Tum giai đoạn 2021–2025",
                2021, 2025, LifecycleStatus.TARGET, el("LAN-WAN"));
        Project p5 = project(roadmap, "DA-CDS", "Kế hoạch thực hiện Chương trình Chuyển đổi số quốc gia trên địa bàn tỉnh",
                2021, 2025, LifecycleStatus.TARGET, source);
        project(roadmap, "DA-LGSP", "Kế hoạch triển khai hệ thống nền tảng tích hợp, chia sẻ dữ liệu LGSP tỉnh Kon Tum",
                2021, 2021, LifecycleStatus.TARGET, sharing);
        Project p7 = project(roadmap, "DA-SOC", "Kế hoạch triển khai trung tâm giám sát an toàn thông tin mạng theo mô hình 4 lớp (SOC)",
                2021, 2021, LifecycleStatus.TARGET, el("ATTT-LOP2"));
        project(roadmap, "DA-DIENTAP", "Diễn tập ứng cứu sự cố an toàn thông tin trên địa bàn tỉnh",
                2021, 2021, LifecycleStatus.TARGET, drill);
        Project p9 = project(roadmap, "DA-TTCS", "Nâng cao hiệu quả hoạt động thông tin cơ sở (Kế hoạch 4222/KH-UBND)",
                2021, 2025, LifecycleStatus.TARGET, source);
        s.relate(SampleBuilder.F.createCompliesWith(), p5, dx);
        s.relate(SampleBuilder.F.createCompliesWith(), p5, nq50);
        s.relate(SampleBuilder.F.createCompliesWith(), p7, directive14);
        s.relate(SampleBuilder.F.createCompliesWith(), p9, qd135);
        s.relate(SampleBuilder.F.createCompliesWith(), p9, kh4222);
        SampleBuilder.property(p1, KontumSample.NOTE, "Tiếp tục triển khai trong năm 2021");
    }

    private Policy policy(String code, String name, String number, LocalDate date, String issuer) {
        return s.regulation(SampleBuilder.F.createPolicy(), code, name, number, date, issuer);
    }

    private Project project(Roadmap roadmap, String code, String name, int from, int to, LifecycleStatus status,
            Element delivers) {
        Project p = s.add(s.folder(FolderType.PROJECTS), SampleBuilder.F.createProject(), code, name);
        p.setStartYear(from);
        p.setEndYear(to);
        p.setLifecycleStatus(status);
        p.setOwner(s.dic);
        p.setPhase(from == to ? Integer.toString(from) : from + "–" + to);
        SampleBuilder.property(p, "Kinh phí", "chưa nêu trong báo cáo");
        s.relate(SampleBuilder.F.createRealises(), p, delivers);
        RoadmapItem item = SampleBuilder.F.createRoadmapItem();
        item.setId("kt-item-" + SampleBuilder.slug(code));
        item.setName(name);
        item.setStartYear(from);
        item.setEndYear(to);
        item.getProjects().add(p);
        item.getTargets().add(delivers);
        roadmap.getItems().add(item);
        return p;
    }

    private Element el(String code) {
        Element e = byCode.get(code);
        if (e == null) {
            throw new IllegalArgumentException(code);
        }
        return e;
    }
}
