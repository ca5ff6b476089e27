/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import java.time.LocalDateTime;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import vn.egov.workbench.inspection.model.Attachment;
import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Violation Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getRound <em>Round</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getRecorder <em>Recorder</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getViolator <em>Violator</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getBehaviours <em>Behaviours</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#isSigned <em>Signed</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getRefusalWitness <em>Refusal Witness</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getRefusalReason <em>Refusal Reason</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#isExplanationRequested <em>Explanation Requested</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getCaseKind <em>Case Kind</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.ViolationRecordImpl#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ViolationRecordImpl extends EntityImpl implements ViolationRecord {
	/**
	 * The cached value of the '{@link #getRound() <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected InspectionRound round;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime RECORDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime recordedAt = RECORDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecorder() <em>Recorder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecorder()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecorder() <em>Recorder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecorder()
	 * @generated
	 * @ordered
	 */
	protected String recorder = RECORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getViolator() <em>Violator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViolator()
	 * @generated
	 * @ordered
	 */
	protected InspectedSubject violator;

	/**
	 * The cached value of the '{@link #getBehaviours() <em>Behaviours</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBehaviours()
	 * @generated
	 * @ordered
	 */
	protected EList<Behaviour> behaviours;

	/**
	 * The default value of the '{@link #isSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSigned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIGNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSigned() <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSigned()
	 * @generated
	 * @ordered
	 */
	protected boolean signed = SIGNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRefusalWitness() <em>Refusal Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefusalWitness()
	 * @generated
	 * @ordered
	 */
	protected static final String REFUSAL_WITNESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRefusalWitness() <em>Refusal Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefusalWitness()
	 * @generated
	 * @ordered
	 */
	protected String refusalWitness = REFUSAL_WITNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRefusalReason() <em>Refusal Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefusalReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REFUSAL_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRefusalReason() <em>Refusal Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefusalReason()
	 * @generated
	 * @ordered
	 */
	protected String refusalReason = REFUSAL_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #isExplanationRequested() <em>Explanation Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExplanationRequested()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXPLANATION_REQUESTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExplanationRequested() <em>Explanation Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExplanationRequested()
	 * @generated
	 * @ordered
	 */
	protected boolean explanationRequested = EXPLANATION_REQUESTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseKind() <em>Case Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseKind()
	 * @generated
	 * @ordered
	 */
	protected static final CaseKind CASE_KIND_EDEFAULT = (CaseKind)InspectionFactory.eINSTANCE.createFromString(InspectionPackage.eINSTANCE.getCaseKind(), "STANDARD");

	/**
	 * The cached value of the '{@link #getCaseKind() <em>Case Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseKind()
	 * @generated
	 * @ordered
	 */
	protected CaseKind caseKind = CASE_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStatus STATUS_EDEFAULT = (CaseStatus)InspectionFactory.eINSTANCE.createFromString(InspectionPackage.eINSTANCE.getCaseStatus(), "RECORDED");

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CaseStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected SanctionDecision decision;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> attachments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ViolationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.VIOLATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionRound getRound() {
		if (round != null && round.eIsProxy()) {
			InternalEObject oldRound = (InternalEObject)round;
			round = (InspectionRound)eResolveProxy(oldRound);
			if (round != oldRound) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.VIOLATION_RECORD__ROUND, oldRound, round));
			}
		}
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionRound basicGetRound() {
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound(InspectionRound newRound) {
		InspectionRound oldRound = round;
		round = newRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__ROUND, oldRound, round));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getRecordedAt() {
		return recordedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(LocalDateTime newRecordedAt) {
		LocalDateTime oldRecordedAt = recordedAt;
		recordedAt = newRecordedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__RECORDED_AT, oldRecordedAt, recordedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace) {
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecorder() {
		return recorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecorder(String newRecorder) {
		String oldRecorder = recorder;
		recorder = newRecorder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__RECORDER, oldRecorder, recorder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectedSubject getViolator() {
		if (violator != null && violator.eIsProxy()) {
			InternalEObject oldViolator = (InternalEObject)violator;
			violator = (InspectedSubject)eResolveProxy(oldViolator);
			if (violator != oldViolator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.VIOLATION_RECORD__VIOLATOR, oldViolator, violator));
			}
		}
		return violator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectedSubject basicGetViolator() {
		return violator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViolator(InspectedSubject newViolator) {
		InspectedSubject oldViolator = violator;
		violator = newViolator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__VIOLATOR, oldViolator, violator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Behaviour> getBehaviours() {
		if (behaviours == null) {
			behaviours = new EObjectContainmentEList<Behaviour>(Behaviour.class, this, InspectionPackage.VIOLATION_RECORD__BEHAVIOURS);
		}
		return behaviours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSigned() {
		return signed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigned(boolean newSigned) {
		boolean oldSigned = signed;
		signed = newSigned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__SIGNED, oldSigned, signed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRefusalWitness() {
		return refusalWitness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefusalWitness(String newRefusalWitness) {
		String oldRefusalWitness = refusalWitness;
		refusalWitness = newRefusalWitness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__REFUSAL_WITNESS, oldRefusalWitness, refusalWitness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRefusalReason() {
		return refusalReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefusalReason(String newRefusalReason) {
		String oldRefusalReason = refusalReason;
		refusalReason = newRefusalReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__REFUSAL_REASON, oldRefusalReason, refusalReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExplanationRequested() {
		return explanationRequested;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanationRequested(boolean newExplanationRequested) {
		boolean oldExplanationRequested = explanationRequested;
		explanationRequested = newExplanationRequested;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__EXPLANATION_REQUESTED, oldExplanationRequested, explanationRequested));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseKind getCaseKind() {
		return caseKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseKind(CaseKind newCaseKind) {
		CaseKind oldCaseKind = caseKind;
		caseKind = newCaseKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__CASE_KIND, oldCaseKind, caseKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CaseStatus newStatus) {
		CaseStatus oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SanctionDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDecision(SanctionDecision newDecision, NotificationChain msgs) {
		SanctionDecision oldDecision = decision;
		decision = newDecision;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__DECISION, oldDecision, newDecision);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(SanctionDecision newDecision) {
		if (newDecision != decision) {
			NotificationChain msgs = null;
			if (decision != null)
				msgs = ((InternalEObject)decision).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - InspectionPackage.VIOLATION_RECORD__DECISION, null, msgs);
			if (newDecision != null)
				msgs = ((InternalEObject)newDecision).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - InspectionPackage.VIOLATION_RECORD__DECISION, null, msgs);
			msgs = basicSetDecision(newDecision, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.VIOLATION_RECORD__DECISION, newDecision, newDecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, InspectionPackage.VIOLATION_RECORD__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.VIOLATION_RECORD__BEHAVIOURS:
				return ((InternalEList<?>)getBehaviours()).basicRemove(otherEnd, msgs);
			case InspectionPackage.VIOLATION_RECORD__DECISION:
				return basicSetDecision(null, msgs);
			case InspectionPackage.VIOLATION_RECORD__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.VIOLATION_RECORD__ROUND:
				if (resolve) return getRound();
				return basicGetRound();
			case InspectionPackage.VIOLATION_RECORD__NUMBER:
				return getNumber();
			case InspectionPackage.VIOLATION_RECORD__RECORDED_AT:
				return getRecordedAt();
			case InspectionPackage.VIOLATION_RECORD__PLACE:
				return getPlace();
			case InspectionPackage.VIOLATION_RECORD__RECORDER:
				return getRecorder();
			case InspectionPackage.VIOLATION_RECORD__VIOLATOR:
				if (resolve) return getViolator();
				return basicGetViolator();
			case InspectionPackage.VIOLATION_RECORD__BEHAVIOURS:
				return getBehaviours();
			case InspectionPackage.VIOLATION_RECORD__SIGNED:
				return isSigned();
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_WITNESS:
				return getRefusalWitness();
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_REASON:
				return getRefusalReason();
			case InspectionPackage.VIOLATION_RECORD__EXPLANATION_REQUESTED:
				return isExplanationRequested();
			case InspectionPackage.VIOLATION_RECORD__CASE_KIND:
				return getCaseKind();
			case InspectionPackage.VIOLATION_RECORD__STATUS:
				return getStatus();
			case InspectionPackage.VIOLATION_RECORD__DECISION:
				return getDecision();
			case InspectionPackage.VIOLATION_RECORD__ATTACHMENTS:
				return getAttachments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.VIOLATION_RECORD__ROUND:
				setRound((InspectionRound)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__NUMBER:
				setNumber((String)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__RECORDED_AT:
				setRecordedAt((LocalDateTime)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__PLACE:
				setPlace((String)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__RECORDER:
				setRecorder((String)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__VIOLATOR:
				setViolator((InspectedSubject)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__BEHAVIOURS:
				getBehaviours().clear();
				getBehaviours().addAll((Collection<? extends Behaviour>)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__SIGNED:
				setSigned((Boolean)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_WITNESS:
				setRefusalWitness((String)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_REASON:
				setRefusalReason((String)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__EXPLANATION_REQUESTED:
				setExplanationRequested((Boolean)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__CASE_KIND:
				setCaseKind((CaseKind)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__STATUS:
				setStatus((CaseStatus)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__DECISION:
				setDecision((SanctionDecision)newValue);
				return;
			case InspectionPackage.VIOLATION_RECORD__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends Attachment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InspectionPackage.VIOLATION_RECORD__ROUND:
				setRound((InspectionRound)null);
				return;
			case InspectionPackage.VIOLATION_RECORD__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__RECORDER:
				setRecorder(RECORDER_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__VIOLATOR:
				setViolator((InspectedSubject)null);
				return;
			case InspectionPackage.VIOLATION_RECORD__BEHAVIOURS:
				getBehaviours().clear();
				return;
			case InspectionPackage.VIOLATION_RECORD__SIGNED:
				setSigned(SIGNED_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_WITNESS:
				setRefusalWitness(REFUSAL_WITNESS_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_REASON:
				setRefusalReason(REFUSAL_REASON_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__EXPLANATION_REQUESTED:
				setExplanationRequested(EXPLANATION_REQUESTED_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__CASE_KIND:
				setCaseKind(CASE_KIND_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case InspectionPackage.VIOLATION_RECORD__DECISION:
				setDecision((SanctionDecision)null);
				return;
			case InspectionPackage.VIOLATION_RECORD__ATTACHMENTS:
				getAttachments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InspectionPackage.VIOLATION_RECORD__ROUND:
				return round != null;
			case InspectionPackage.VIOLATION_RECORD__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case InspectionPackage.VIOLATION_RECORD__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? recordedAt != null : !RECORDED_AT_EDEFAULT.equals(recordedAt);
			case InspectionPackage.VIOLATION_RECORD__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case InspectionPackage.VIOLATION_RECORD__RECORDER:
				return RECORDER_EDEFAULT == null ? recorder != null : !RECORDER_EDEFAULT.equals(recorder);
			case InspectionPackage.VIOLATION_RECORD__VIOLATOR:
				return violator != null;
			case InspectionPackage.VIOLATION_RECORD__BEHAVIOURS:
				return behaviours != null && !behaviours.isEmpty();
			case InspectionPackage.VIOLATION_RECORD__SIGNED:
				return signed != SIGNED_EDEFAULT;
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_WITNESS:
				return REFUSAL_WITNESS_EDEFAULT == null ? refusalWitness != null : !REFUSAL_WITNESS_EDEFAULT.equals(refusalWitness);
			case InspectionPackage.VIOLATION_RECORD__REFUSAL_REASON:
				return REFUSAL_REASON_EDEFAULT == null ? refusalReason != null : !REFUSAL_REASON_EDEFAULT.equals(refusalReason);
			case InspectionPackage.VIOLATION_RECORD__EXPLANATION_REQUESTED:
				return explanationRequested != EXPLANATION_REQUESTED_EDEFAULT;
			case InspectionPackage.VIOLATION_RECORD__CASE_KIND:
				return CASE_KIND_EDEFAULT == null ? caseKind != null : !CASE_KIND_EDEFAULT.equals(caseKind);
			case InspectionPackage.VIOLATION_RECORD__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case InspectionPackage.VIOLATION_RECORD__DECISION:
				return decision != null;
			case InspectionPackage.VIOLATION_RECORD__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", recordedAt: ");
		result.append(recordedAt);
		result.append(", place: ");
		result.append(place);
		result.append(", recorder: ");
		result.append(recorder);
		result.append(", signed: ");
		result.append(signed);
		result.append(", refusalWitness: ");
		result.append(refusalWitness);
		result.append(", refusalReason: ");
		result.append(refusalReason);
		result.append(", explanationRequested: ");
		result.append(explanationRequested);
		result.append(", caseKind: ");
		result.append(caseKind);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ViolationRecordImpl
