package vn.egov.workbench.architecture.samples.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramGroup;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * The classic overall diagram (sơ đồ tổng thể): layers from users at the top to infrastructure at the bottom, with
 * security and direction/policy as columns on the right. Nodes are laid out in rows inside their group, so nothing
 * overlaps (a test checks it).
 */
final class KontumDiagram {

    static final int NODE_W = 170;
    static final int NODE_H = 55;
    static final int GAP = 20;
    static final int HEADER = 30;
    static final int LAYER_W = 1000;
    static final int SIDE_W = NODE_W + 2 * GAP;
    /** The columns are narrow: their labels take two lines. */
    static final int SIDE_HEADER = 50;

    private final KontumSample s;
    private final Map<String, Element> byCode = new HashMap<>();
    private final Map<Element, DiagramNode> nodes = new HashMap<>();
    private final Diagram diagram = SampleBuilder.F.createDiagram();

    KontumDiagram(KontumSample s) {
        this.s = s;
        for (TreeIterator<EObject> it = s.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e) {
                byCode.put(e.getCode(), e);
            }
        }
    }

    void build() {
        diagram.setId("kt-diagram-overall");
        diagram.setName("Sơ đồ tổng thể Kiến trúc Chính quyền điện tử tỉnh Kon Tum");
        diagram.setViewpoint("overall");
        s.folder(FolderType.DIAGRAMS).getItems().add(diagram);
        int y = GAP;
        y = layer("users", "Người sử dụng", y, List.of("ND", "DN", "LD", "CBCC"));
        y = layer("channels", "Kênh truy cập", y, List.of("KENH-WEB", "KENH-DD", "KENH-MOTCUA", "KENH-BCCI"));
        y = layer("portals", "Cổng thông tin, cổng dịch vụ công", y, List.of("CONG-TTDT", "CONG-DVC"));
        y = layer("applications", "Ứng dụng và cơ sở dữ liệu", y,
                List.of("IOFFICE", "THU-DT", "HNTH", "SOC", "CSDL-VB", "CSDL-HSTTHC", "CKS-CHUYENDUNG", "CONG-DVCQG"));
        y = layer("integration", "Nền tảng tích hợp, chia sẻ dữ liệu", y, List.of("LGSP", "NGSP", "TRUC-VBQG"));
        y = layer("infrastructure", "Hạ tầng kỹ thuật", y, List.of("TTDL", "TSLCD-CAP2", "LAN-WAN"));
        int height = y - GAP;
        column("security", "An toàn thông tin", LAYER_W + 2 * GAP, height,
                List.of("ATTT-LOP1", "ATTT-LOP2", "ATTT-LOP3", "ATTT-LOP4", "NCSC"));
        column("policy", "Chỉ đạo, chính sách, tiêu chuẩn", LAYER_W + SIDE_W + 3 * GAP, height,
                List.of("QD-2323", "ND-85-2016", "TT-03-2017", "CT-14-TTG", "QD-749-TTG"));
        for (TreeIterator<EObject> it = s.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Relationship r && nodes.containsKey(r.getSource())
                    && nodes.containsKey(r.getTarget()) && shown(r)) {
                connect(r);
            }
        }
    }

    /** Which relationships the overall diagram draws: the flows, not every serving line. */
    private static boolean shown(Relationship r) {
        String type = r.eClass().getName();
        return type.equals("FlowsVia") || type.equals("DeployedOn") && r.getSource().getCode().startsWith("CONG-DVC")
                || type.equals("Serves") && r.getTarget().getCode().equals("SOC")
                || type.equals("Serves") && r.getSource().getCode().equals("CONG-DVC");
    }

    private int layer(String id, String label, int y, List<String> codes) {
        int perRow = (LAYER_W - GAP) / (NODE_W + GAP);
        int rows = (codes.size() + perRow - 1) / perRow;
        int height = HEADER + rows * (NODE_H + GAP);
        DiagramGroup group = group(id, label, GAP, y, LAYER_W, height);
        for (int i = 0; i < codes.size(); i++) {
            // each row is spread evenly across the layer, as in the framework's overall diagram
            int inRow = Math.min(perRow, codes.size() - (i / perRow) * perRow);
            int gap = (LAYER_W - inRow * NODE_W) / (inRow + 1);
            node(group, codes.get(i), gap + (i % perRow) * (NODE_W + gap), HEADER + (i / perRow) * (NODE_H + GAP));
        }
        return y + height + GAP;
    }

    private void column(String id, String label, int x, int height, List<String> codes) {
        DiagramGroup group = group(id, label, x, GAP, SIDE_W, height);
        for (int i = 0; i < codes.size(); i++) {
            node(group, codes.get(i), GAP, SIDE_HEADER + i * (NODE_H + GAP));
        }
    }

    private DiagramGroup group(String id, String label, int x, int y, int w, int h) {
        DiagramGroup g = SampleBuilder.F.createDiagramGroup();
        g.setId("kt-group-" + id);
        g.setLabel(label);
        g.setX(x);
        g.setY(y);
        g.setWidth(w);
        g.setHeight(h);
        diagram.getChildren().add(g);
        return g;
    }

    private void node(DiagramGroup group, String code, int x, int y) {
        Element e = byCode.get(code);
        if (e == null) {
            throw new IllegalArgumentException(code);
        }
        DiagramNode n = SampleBuilder.F.createDiagramNode();
        n.setId("kt-node-" + SampleBuilder.slug(code));
        n.setElement(e);
        n.setX(x);
        n.setY(y);
        n.setWidth(NODE_W);
        n.setHeight(NODE_H);
        group.getChildren().add(n);
        nodes.put(e, n);
    }

    private void connect(Relationship r) {
        DiagramConnection c = SampleBuilder.F.createDiagramConnection();
        c.setId("kt-conn-" + r.getId().substring("kt-rel-".length()));
        c.setRelationship(r);
        c.setSource(nodes.get(r.getSource()));
        c.setTarget(nodes.get(r.getTarget()));
        diagram.getConnections().add(c);
    }
}
