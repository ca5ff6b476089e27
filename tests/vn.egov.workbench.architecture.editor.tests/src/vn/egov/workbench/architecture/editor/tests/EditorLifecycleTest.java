package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.editor.ModelEditorInput;
import vn.egov.workbench.architecture.editor.internal.ModelEditorInputFactory;
import vn.egov.workbench.architecture.editor.internal.ModelsView;
import vn.egov.workbench.architecture.editor.internal.NewModelWizard;
import vn.egov.workbench.architecture.editor.internal.OpenModels;
import vn.egov.workbench.architecture.editor.internal.RecentFiles;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.samples.Templates;

class EditorLifecycleTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        EditorTesting.closeAll();
    }

    @Test
    void oneEditorPerDocumentDirtyMarkerSaveAndRecentFiles() throws Exception {
        RecentFiles.clear();
        ModelEditor editor = EditorTesting.openKonTum(dir);
        ModelDocument document = editor.getDocument();
        assertSame(editor, ModelEditor.open(EditorTesting.page(), ModelDocuments.getDefault().open(document.getFile())),
                "the same document opened twice gives the same editor");
        assertEquals("kontum.egov", editor.getTitle());
        assertFalse(editor.isDirty());
        OrganisationUnit unit = EditorTesting.named(document.getModel(), OrganisationUnit.class, "Sở Thông tin và Truyền thông");
        editor.setName(unit, "Sở TT&TT");
        assertTrue(editor.isDirty());
        assertSame(editor.getActions().undo, editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()));
        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertEquals(document.getModel().getName(), ModelFiles.load(document.getFile()).getName());
        assertEquals("Sở TT&TT", EditorTesting.named(ModelFiles.load(document.getFile()), OrganisationUnit.class, "Sở TT&TT").getName());
        assertEquals(document.getFile(), RecentFiles.list().get(0));

        Path copy = dir.resolve("copy.egov");
        assertTrue(editor.saveAs(copy));
        assertEquals("copy.egov", editor.getTitle());
        assertTrue(Files.exists(copy));

        // the editor input survives a restart through its factory
        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        ((ModelEditorInput) editor.getEditorInput()).saveState(memento);
        assertEquals(editor.getEditorInput(), new ModelEditorInputFactory().createElement(memento));

        EditorTesting.page().closeEditor(editor, false);
        EditorTesting.runEvents();
        assertTrue(document.isClosed(), "closing the last editor of a model closes the model");
    }

    @Test
    void newModelWizardOpensTheKonTumTemplateAndTheModelsViewListsIt() throws Exception {
        NewModelWizard wizard = new NewModelWizard(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        wizard.saveAsAfterFinish = false;
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.page().select(Templates.find(OpenModels.SAMPLE_ID).orElseThrow());
        assertTrue(wizard.performFinish());
        dialog.close();
        EditorTesting.runEvents();
        ModelEditor editor = wizard.created();
        assertNotNull(editor);
        assertTrue(editor.isDirty(), "a new model needs Save As");
        assertEquals(null, editor.getDocument().getFile());
        assertTrue(editor.getDocument().getModel().getName().contains("Kon Tum"));

        ModelsView models = (ModelsView) EditorTesting.page().showView("vn.egov.workbench.app.view.modelTree");
        EditorTesting.runEvents();
        assertTrue(models.getViewer().getTable().getItemCount() >= 1);
        assertTrue(models.getViewer().getTable().getItem(0).getText().startsWith("*"));
    }

    /**
     * The workbench's editor history keeps the inputs of closed editors; before inputs held their documents weakly,
     * every model ever opened stayed in memory (about 110 MB for each 100,000 elements).
     */
    @Test
    void aClosedModelCanBeCollectedAndItsKeptInputReopensTheFile() throws Exception {
        ModelEditor editor = EditorTesting.openKonTum(dir);
        ModelEditorInput input = (ModelEditorInput) editor.getEditorInput();
        Path file = editor.getDocument().getFile();
        java.lang.ref.WeakReference<Object> model = new java.lang.ref.WeakReference<>(editor.getDocument().getModel());
        editor.setFilter("kon tum"); // typing leaves a debounced filter pending when the editor closes
        EditorTesting.page().closeEditor(editor, false);
        editor = null;
        EditorTesting.runEvents();
        for (int i = 0; i < 50 && model.get() != null; i++) {
            System.gc(); // no event loop here: a pending timer must not be what lets the model go
            Thread.sleep(20);
        }
        assertEquals(null, model.get(), "nothing keeps a closed model");
        assertEquals(null, input.getDocument());
        assertTrue(input.exists(), "the file is still there");
        assertEquals(file, input.getFile());
        assertEquals("kontum.egov", input.getName());

        ModelEditor reopened = (ModelEditor) EditorTesting.page().openEditor(input, ModelEditor.ID);
        EditorTesting.runEvents();
        assertEquals(file, reopened.getDocument().getFile(), "an editor opened on the kept input opens the file again");
        assertFalse(reopened.getDocument().isClosed());
        assertEquals(reopened.getDocument(), ((ModelEditorInput) reopened.getEditorInput()).getDocument());
        assertSame(reopened, EditorTesting.page().openEditor(input, ModelEditor.ID),
                "the kept input brings the open editor of its file to the front instead of opening a second one");
        assertEquals(1, EditorTesting.page().getEditorReferences().length);
    }

    @Test
    void ctrlYIsBoundToRedo() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        boolean bound = false;
        for (var binding : bindings.getBindings()) {
            if (binding.getTriggerSequence() instanceof KeySequence k && k.format().equals("Ctrl+Y")
                    && binding.getParameterizedCommand() != null
                    && "org.eclipse.ui.edit.redo".equals(binding.getParameterizedCommand().getId())) {
                bound = true;
            }
        }
        assertTrue(bound);
    }

    @Test
    void theEditorOpensFromTheEditorRegistryForEgovFiles() {
        assertEquals(ModelEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("x.egov").getId());
        IEditorInput input = new ModelEditorInput(ModelDocuments.getDefault().adopt(
                vn.egov.workbench.architecture.model.ArchitectureFactory.eINSTANCE.createArchitecture(), null));
        assertEquals(null, input.getPersistable(), "a model never saved is not reopened");
    }
}
