package vn.egov.workbench.example.smartcity.internal.ui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.example.smartcity.internal.SmartCityView;

/** The example's menu, command and view in the real workbench window. */
class SmartCityViewTest {

    @Test
    void theMenuCommandOpensTheViewWithThePressArticles() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        MenuItem top = Arrays.stream(shell.getMenuBar().getItems())
                .filter(i -> i.getText().replace("&", "").equals("Smart city")).findFirst().orElseThrow();
        Menu menu = top.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.contains("Smart-city checklist"), items.toString());

        window.getService(IHandlerService.class).executeCommand("vn.egov.workbench.example.smartcity.openView", null);
        IViewPart view = window.getActivePage().findView(SmartCityView.ID);
        assertInstanceOf(SmartCityView.class, view);
        while (shell.getDisplay().readAndDispatch()) {
            // let the view paint
        }
        // the first column's header tells the view's table from others in the window (the Models view has one)
        Table table = find(shell, Table.class, t -> t.getColumnCount() > 0
                && t.getColumn(0).getText().equals(vn.egov.workbench.example.smartcity.internal.Messages.View_article));
        List<String> rows = Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
        assertTrue(rows.contains("119/2020 Đ20 k2") && rows.contains("119/2020 Đ8 k1"), rows.toString());
    }

    private static <T> T find(org.eclipse.swt.widgets.Control c, Class<T> type, java.util.function.Predicate<T> test) {
        if (type.isInstance(c) && c.isVisible() && test.test(type.cast(c))) {
            return type.cast(c);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
