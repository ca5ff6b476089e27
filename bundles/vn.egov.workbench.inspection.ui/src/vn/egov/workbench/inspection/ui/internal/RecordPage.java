package vn.egov.workbench.inspection.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Decree;
import vn.egov.workbench.inspection.rules.StatusTransitions;
import vn.egov.workbench.inspection.store.StoreQueries;

/** The violation record: number, time, place, round, violator, signature, status and the behaviours found. */
public final class RecordPage extends CasePage {

    private final List<InspectionRound> rounds = new ArrayList<>();
    private final List<InspectedSubject> subjects = new ArrayList<>();
    private final List<CaseStatus> statuses = new ArrayList<>();
    private final List<Decree> decrees = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private Text number;
    private Text recordedAt;
    private Combo round;
    private Combo violator;
    private Combo kind;
    private Button signed;
    private Combo status;
    private CaseStatus statusesFor;
    private TableViewer behaviours;
    private Combo decree;
    private Combo article;
    private Text description;

    RecordPage(CaseEditor editor) {
        super(editor, "record", Messages.Page_record); //$NON-NLS-1$
    }

    @Override
    protected void createContent(Composite body) {
        ViolationRecord r = editor.record();
        body.setLayout(new GridLayout(2, true));
        Composite left = kit.createComposite(body);
        left.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(left);
        number = text(left, Messages.Case_number, r.getNumber(), SWT.NONE, t -> r.setNumber(t.strip()));
        recordedAt = text(left, Messages.Case_recordedAtFormat, Texts.dateTime(r.getRecordedAt()), SWT.NONE,
                t -> r.setRecordedAt(Texts.parseDateTime(t, Messages.Case_recordedAt)));
        text(left, Messages.Case_place, r.getPlace(), SWT.NONE, t -> r.setPlace(t.strip()));
        text(left, Messages.Case_recorder, r.getRecorder(), SWT.NONE, t -> r.setRecorder(t.strip()));
        kit.createLabel(left, Messages.Case_round);
        round = combo(left);
        round.addListener(SWT.Selection, e -> {
            int i = round.getSelectionIndex();
            r.setRound(i <= 0 ? null : rounds.get(i - 1));
            editor.modelChanged();
        });
        kit.createLabel(left, Messages.Case_violator);
        Composite v = kit.createComposite(left);
        v.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(v);
        violator = combo(v);
        violator.addListener(SWT.Selection, e -> {
            int i = violator.getSelectionIndex();
            r.setViolator(i < 0 ? null : subjects.get(i));
            editor.modelChanged();
        });
        Button newSubject = kit.createButton(v, Messages.Subject_new, SWT.PUSH);
        newSubject.addListener(SWT.Selection, e -> newSubject());

        Composite right = kit.createComposite(body);
        right.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(right);
        kit.createLabel(right, Messages.Case_kind);
        kind = combo(right);
        for (CaseKind k : CaseKind.values()) {
            kind.add(kindLabel(k));
        }
        kind.select(r.getCaseKind().ordinal());
        kind.addListener(SWT.Selection, e -> {
            r.setCaseKind(CaseKind.values()[kind.getSelectionIndex()]);
            editor.modelChanged();
        });
        kit.createLabel(right, ""); //$NON-NLS-1$
        signed = kit.createButton(right, Messages.Case_signed, SWT.CHECK);
        signed.setSelection(r.isSigned());
        signed.addListener(SWT.Selection, e -> {
            r.setSigned(signed.getSelection());
            editor.modelChanged();
        });
        text(right, Messages.Case_refusalWitness, r.getRefusalWitness(), SWT.NONE, t -> r.setRefusalWitness(t.strip()));
        text(right, Messages.Case_refusalReason, r.getRefusalReason(), SWT.NONE, t -> r.setRefusalReason(t.strip()));
        kit.createLabel(right, ""); //$NON-NLS-1$
        Button explanation = kit.createButton(right, Messages.Case_explanationRequested, SWT.CHECK);
        explanation.setSelection(r.isExplanationRequested());
        explanation.addListener(SWT.Selection, e -> {
            r.setExplanationRequested(explanation.getSelection());
            editor.modelChanged();
        });
        kit.createLabel(right, Messages.Case_status);
        status = combo(right);
        fillStatuses();
        status.addListener(SWT.Selection, e -> {
            r.setStatus(statuses.get(status.getSelectionIndex()));
            editor.modelChanged();
        });

        createBehaviours(body);
        loadChoices();
    }

    private void createBehaviours(Composite body) {
        // a plain heading: a forms Section repaints its gradient title endlessly when the editor is maximised
        Label heading = kit.createLabel(body, Messages.Case_behaviours);
        heading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(heading);
        Composite c = kit.createComposite(body);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(c);
        c.setLayout(new GridLayout(7, false));
        behaviours = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        behaviours.getTable().setHeaderVisible(true);
        behaviours.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).span(7, 1).hint(SWT.DEFAULT, 110).applyTo(behaviours.getControl());
        behaviours.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Behaviour_article, 130, b -> b.getArticleRef() + " (" + b.getDecreeId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        column(Messages.Behaviour_law, 320, this::lawText);
        column(Messages.Behaviour_found, 320, b -> Texts.nonNull(b.getDescription()));
        kit.createLabel(c, Messages.Behaviour_decree);
        decree = combo(c);
        decree.addListener(SWT.Selection, e -> fillArticles());
        kit.createLabel(c, Messages.Behaviour_article);
        article = combo(c);
        GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(article);
        description = kit.createText(c, "", SWT.BORDER); //$NON-NLS-1$
        description.setMessage(Messages.Behaviour_foundHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(description);
        Button add = kit.createButton(c, Messages.Common_add, SWT.PUSH);
        add.addListener(SWT.Selection, e -> addBehaviour());
        Button remove = kit.createButton(c, Messages.Common_remove, SWT.PUSH);
        remove.addListener(SWT.Selection, e -> {
            Object b = ((IStructuredSelection) behaviours.getSelection()).getFirstElement();
            if (b != null) {
                editor.record().getBehaviours().remove(b);
                editor.modelChanged();
            }
        });
        decrees.addAll(editor.rules().book().catalogue().decrees());
        for (Decree d : decrees) {
            decree.add(d.id());
        }
        if (!decrees.isEmpty()) {
            decree.select(0);
            fillArticles();
        }
    }

    private String lawText(Behaviour b) {
        try {
            return editor.rules().article(b.getDecreeId(), b.getArticleRef(), CaseRules.lawDate(editor.record())).behaviour()
                    .in(Texts.locale());
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private interface BText {
        String of(Behaviour b);
    }

    private void column(String title, int width, BText text) {
        TableViewerColumn col = new TableViewerColumn(behaviours, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Behaviour) element);
            }
        });
    }

    /** The articles of the chosen decree in force on the record's day. */
    private void fillArticles() {
        articles.clear();
        article.removeAll();
        int i = decree.getSelectionIndex();
        if (i < 0) {
            return;
        }
        String id = decrees.get(i).id();
        for (Article a : editor.rules().book().catalogue().inForceOn(CaseRules.lawDate(editor.record()))) {
            if (a.decreeId().equals(id)) {
                articles.add(a);
                article.add(a.ref() + " – " + a.behaviour().in(Texts.locale())); //$NON-NLS-1$
            }
        }
    }

    /** Adds the chosen article as a behaviour found. */
    public void addBehaviour() {
        int i = article.getSelectionIndex();
        if (i < 0) {
            return;
        }
        Article a = articles.get(i);
        Behaviour b = InspectionFactory.eINSTANCE.createBehaviour();
        b.setDecreeId(a.decreeId());
        b.setArticleRef(a.ref().toString());
        b.setDescription(description.getText().strip());
        editor.record().getBehaviours().add(b);
        description.setText(""); //$NON-NLS-1$
        editor.modelChanged();
    }

    private void newSubject() {
        SubjectDialog dialog = new SubjectDialog(getSite().getShell());
        if (dialog.open() == Window.OK) {
            useSubject(dialog.subject());
        }
    }

    /** Makes a (new, unsaved) subject the violator; it is saved with the case. */
    public void useSubject(InspectedSubject s) {
        subjects.add(s);
        violator.add(Texts.nonNull(s.getName()));
        violator.select(subjects.size() - 1);
        editor.record().setViolator(s);
        editor.modelChanged();
    }

    private void loadChoices() {
        record Choices(List<InspectionRound> rounds, List<InspectedSubject> subjects) {
        }
        StoreJob.start(Messages.Case_loading, number, store -> {
            StoreQueries q = new StoreQueries(store);
            return new Choices(q.rounds(), q.subjects());
        }, choices -> {
            ViolationRecord r = editor.record();
            rounds.clear();
            rounds.addAll(choices.rounds());
            round.removeAll();
            round.add(Messages.Case_noRound);
            int chosen = 0;
            for (InspectionRound x : rounds) {
                round.add(Texts.nonNull(x.getDecisionNumber()) + " – " + Texts.nonNull(x.getTitle())); //$NON-NLS-1$
                if (r.getRound() != null && x.getId() == r.getRound().getId()) {
                    chosen = round.getItemCount() - 1;
                    r.setRound(x);
                }
            }
            round.select(chosen);
            subjects.clear();
            violator.removeAll();
            for (InspectedSubject s : choices.subjects()) {
                subjects.add(s);
                violator.add(Texts.nonNull(s.getName()));
                if (r.getViolator() != null && s.getId() == r.getViolator().getId()) {
                    violator.select(subjects.size() - 1);
                }
            }
            if (r.getViolator() != null && r.getViolator().getId() == 0) {
                subjects.add(r.getViolator());
                violator.add(Texts.nonNull(r.getViolator().getName()));
                violator.select(subjects.size() - 1);
            }
        }, message -> editor.inputError(Messages.Case_round, message));
    }

    private Combo combo(Composite parent) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        kit.adapt(c);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(c);
        return c;
    }

    /** The stored status and those the law allows next: an illegal status cannot even be chosen. */
    private void fillStatuses() {
        CaseStatus from = editor.storedStatus() == null ? CaseStatus.RECORDED : editor.storedStatus();
        statusesFor = from;
        statuses.clear();
        status.removeAll();
        statuses.add(from);
        statuses.addAll(StatusTransitions.next(from));
        for (CaseStatus s : statuses) {
            status.add(Texts.status(s));
        }
        status.select(Math.max(0, statuses.indexOf(editor.record().getStatus())));
    }

    static String kindLabel(CaseKind k) {
        return switch (k) {
            case STANDARD -> Messages.Kind_standard;
            case TRANSFERRED -> Messages.Kind_transferred;
            case EXPLANATION -> Messages.Kind_explanation;
            case COMPLEX -> Messages.Kind_complex;
        };
    }

    @Override
    void refreshComputed() {
        if (statusesFor != (editor.storedStatus() == null ? CaseStatus.RECORDED : editor.storedStatus())) {
            fillStatuses(); // saved with a new status: what may follow has changed
        }
        behaviours.setInput(editor.record().getBehaviours().toArray());
        if (article.getItemCount() == 0 || editor.record().getRecordedAt() != null) {
            int keep = article.getSelectionIndex();
            fillArticles();
            if (keep >= 0 && keep < article.getItemCount()) {
                article.select(keep);
            }
        }
    }

    // for tests: the widgets a user types into
    public Text numberField() {
        return number;
    }

    public Text recordedAtField() {
        return recordedAt;
    }

    public Combo roundCombo() {
        return round;
    }

    public Combo violatorCombo() {
        return violator;
    }

    public Combo statusCombo() {
        return status;
    }

    public Combo decreeCombo() {
        return decree;
    }

    public Combo articleCombo() {
        return article;
    }

    public Text descriptionField() {
        return description;
    }

    public TableViewer behavioursViewer() {
        return behaviours;
    }

    public List<CaseStatus> statuses() {
        return statuses;
    }

    public Button signedButton() {
        return signed;
    }
}
