package vn.egov.workbench.architecture.samples.internal;

import vn.egov.workbench.architecture.model.FolderType;

/** The top-level folders of a model, named in Vietnamese, in the order of the framework's overall diagram. */
final class StandardFolders {

    private StandardFolders() {
    }

    static void make(SampleBuilder b) {
        b.folder(FolderType.ORGANISATION, "Tổ chức"); //$NON-NLS-1$
        b.folder(FolderType.STAKEHOLDERS, "Người sử dụng"); //$NON-NLS-1$
        b.folder(FolderType.ACCESS_CHANNELS, "Kênh truy cập"); //$NON-NLS-1$
        b.folder(FolderType.BUSINESS, "Kiến trúc nghiệp vụ"); //$NON-NLS-1$
        b.folder(FolderType.DATA, "Kiến trúc dữ liệu"); //$NON-NLS-1$
        b.folder(FolderType.APPLICATION, "Kiến trúc ứng dụng"); //$NON-NLS-1$
        b.folder(FolderType.TECHNOLOGY, "Kiến trúc công nghệ"); //$NON-NLS-1$
        b.folder(FolderType.SECURITY, "An toàn thông tin"); //$NON-NLS-1$
        b.folder(FolderType.POLICIES, "Chỉ đạo, chính sách, tiêu chuẩn"); //$NON-NLS-1$
        b.folder(FolderType.PROJECTS, "Dự án và lộ trình"); //$NON-NLS-1$
        b.folder(FolderType.RELATIONS, "Quan hệ"); //$NON-NLS-1$
        b.folder(FolderType.DIAGRAMS, "Sơ đồ"); //$NON-NLS-1$
    }
}
