package vn.egov.workbench.export.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import vn.egov.workbench.export.ExporterDescriptor;
import vn.egov.workbench.export.ExporterRegistry;
import vn.egov.workbench.extensions.ContributionFault;
import vn.egov.workbench.extensions.ContributionFaults;

/** The one page of the wizard: model file, exporter (every contributed one of kind "architecture"), folder. */
final class ExportPage extends WizardPage {

    private final List<ExporterDescriptor> exporters;
    private Text model;
    private Text folder;
    private TableViewer formats;

    ExportPage(List<ExporterDescriptor> exporters) {
        super("architecture"); //$NON-NLS-1$
        this.exporters = exporters;
        setTitle(Messages.Page_title);
        setDescription(Messages.Page_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        model = field(c, Messages.Page_model, () -> browseModel());
        new Label(c, SWT.NONE).setText(Messages.Page_format);
        formats = new TableViewer(c, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(560, 160).applyTo(formats.getControl());
        formats.getTable().setHeaderVisible(true);
        column(Messages.Page_columnName, 160, ExporterDescriptor::name);
        column(Messages.Page_columnFormat, 90, ExporterDescriptor::format);
        column(Messages.Page_columnPlugin, 200, ExporterDescriptor::contributor);
        column(Messages.Page_columnDescription, 320, ExporterDescriptor::description);
        formats.setContentProvider(ArrayContentProvider.getInstance());
        formats.setInput(exporters);
        formats.addSelectionChangedListener(e -> update());
        folder = field(c, Messages.Page_folder, () -> browseFolder());
        setControl(c);
        update();
    }

    private Text field(Composite c, String label, Runnable browse) {
        new Label(c, SWT.NONE).setText(label);
        Text text = new Text(c, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addModifyListener(e -> update());
        Button button = new Button(c, SWT.PUSH);
        button.setText(Messages.Page_browse);
        button.addListener(SWT.Selection, e -> browse.run());
        return text;
    }

    private void column(String title, int width, java.util.function.Function<ExporterDescriptor, String> text) {
        TableViewerColumn column = new TableViewerColumn(formats, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ExporterDescriptor) element);
            }
        });
    }

    private void browseModel() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.egov", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen != null) {
            model.setText(chosen);
        }
    }

    private void browseFolder() {
        String chosen = new DirectoryDialog(getShell()).open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** Fills the fields (used by tests and by callers that know the model). */
    void set(Path modelFile, String format, Path outputFolder) {
        model.setText(modelFile == null ? "" : modelFile.toString()); //$NON-NLS-1$
        folder.setText(outputFolder == null ? "" : outputFolder.toString()); //$NON-NLS-1$
        exporters.stream().filter(d -> d.format().equals(format)).findFirst()
                .ifPresent(d -> formats.setSelection(new org.eclipse.jface.viewers.StructuredSelection(d)));
        update();
    }

    List<ExporterDescriptor> shownExporters() {
        return exporters;
    }

    Path modelFile() {
        return path(model.getText());
    }

    Path outputFolder() {
        return path(folder.getText());
    }

    ExporterDescriptor exporter() {
        return (ExporterDescriptor) ((IStructuredSelection) formats.getSelection()).getFirstElement();
    }

    private static Path path(String text) {
        try {
            return text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void update() {
        Path m = modelFile();
        if (m != null && Files.isRegularFile(m) && folder.getText().isBlank() && m.getParent() != null) {
            folder.setText(m.getParent().toString()); // the model's folder is the usual choice
            return; // setText calls update again
        }
        String error = exporters.isEmpty() ? Messages.Page_noExporters
                : m == null || !Files.isRegularFile(m) ? Messages.Page_noModel
                : exporter() == null ? Messages.Page_noFormat
                : outputFolder() == null ? Messages.Page_noFolder : null;
        setErrorMessage(null);
        setMessage(error);
        List<ContributionFault> faults = ContributionFaults.getDefault().of(ExporterRegistry.EXTENSION_POINT);
        if (error == null && !faults.isEmpty()) {
            setMessage(NLS.bind(Messages.Page_disabledPlugins,
                    String.join(", ", faults.stream().map(ContributionFault::contributor).distinct().toList())), //$NON-NLS-1$
                    WARNING);
        }
        setPageComplete(error == null);
    }
}
