/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.TeamMember;

import vn.egov.workbench.inspection.rules.RoundStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Round</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getDecisionNumber <em>Decision Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getLeadingBody <em>Leading Body</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getPartnerBodies <em>Partner Bodies</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getSubjects <em>Subjects</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getActualStart <em>Actual Start</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getActualEnd <em>Actual End</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InspectionRoundImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionRoundImpl extends EntityImpl implements InspectionRound {
	/**
	 * The default value of the '{@link #getDecisionNumber() <em>Decision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionNumber() <em>Decision Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNumber()
	 * @generated
	 * @ordered
	 */
	protected String decisionNumber = DECISION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECISION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decisionDate = DECISION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected String legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadingBody() <em>Leading Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingBody()
	 * @generated
	 * @ordered
	 */
	protected static final String LEADING_BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeadingBody() <em>Leading Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadingBody()
	 * @generated
	 * @ordered
	 */
	protected String leadingBody = LEADING_BODY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartnerBodies() <em>Partner Bodies</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerBodies()
	 * @generated
	 * @ordered
	 */
	protected EList<String> partnerBodies;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<TeamMember> members;

	/**
	 * The cached value of the '{@link #getSubjects() <em>Subjects</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<InspectedSubject> subjects;

	/**
	 * The default value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedStart = PLANNED_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedEnd = PLANNED_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualStart() <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUAL_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualStart() <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actualStart = ACTUAL_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualEnd() <em>Actual End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUAL_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualEnd() <em>Actual End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actualEnd = ACTUAL_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RoundStatus STATUS_EDEFAULT = (RoundStatus)InspectionFactory.eINSTANCE.createFromString(InspectionPackage.eINSTANCE.getRoundStatus(), "PLANNED");

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RoundStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionRoundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSPECTION_ROUND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionNumber() {
		return decisionNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionNumber(String newDecisionNumber) {
		String oldDecisionNumber = decisionNumber;
		decisionNumber = newDecisionNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__DECISION_NUMBER, oldDecisionNumber, decisionNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDate(LocalDate newDecisionDate) {
		LocalDate oldDecisionDate = decisionDate;
		decisionDate = newDecisionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__DECISION_DATE, oldDecisionDate, decisionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(String newLegalBasis) {
		String oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeadingBody() {
		return leadingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadingBody(String newLeadingBody) {
		String oldLeadingBody = leadingBody;
		leadingBody = newLeadingBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__LEADING_BODY, oldLeadingBody, leadingBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPartnerBodies() {
		if (partnerBodies == null) {
			partnerBodies = new EDataTypeUniqueEList<String>(String.class, this, InspectionPackage.INSPECTION_ROUND__PARTNER_BODIES);
		}
		return partnerBodies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TeamMember> getMembers() {
		if (members == null) {
			members = new EObjectContainmentEList<TeamMember>(TeamMember.class, this, InspectionPackage.INSPECTION_ROUND__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InspectedSubject> getSubjects() {
		if (subjects == null) {
			subjects = new EObjectResolvingEList<InspectedSubject>(InspectedSubject.class, this, InspectionPackage.INSPECTION_ROUND__SUBJECTS);
		}
		return subjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedStart(LocalDate newPlannedStart) {
		LocalDate oldPlannedStart = plannedStart;
		plannedStart = newPlannedStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__PLANNED_START, oldPlannedStart, plannedStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedEnd(LocalDate newPlannedEnd) {
		LocalDate oldPlannedEnd = plannedEnd;
		plannedEnd = newPlannedEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__PLANNED_END, oldPlannedEnd, plannedEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActualStart() {
		return actualStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualStart(LocalDate newActualStart) {
		LocalDate oldActualStart = actualStart;
		actualStart = newActualStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__ACTUAL_START, oldActualStart, actualStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActualEnd() {
		return actualEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualEnd(LocalDate newActualEnd) {
		LocalDate oldActualEnd = actualEnd;
		actualEnd = newActualEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__ACTUAL_END, oldActualEnd, actualEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoundStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RoundStatus newStatus) {
		RoundStatus oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSPECTION_ROUND__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.INSPECTION_ROUND__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.INSPECTION_ROUND__DECISION_NUMBER:
				return getDecisionNumber();
			case InspectionPackage.INSPECTION_ROUND__DECISION_DATE:
				return getDecisionDate();
			case InspectionPackage.INSPECTION_ROUND__TITLE:
				return getTitle();
			case InspectionPackage.INSPECTION_ROUND__LEGAL_BASIS:
				return getLegalBasis();
			case InspectionPackage.INSPECTION_ROUND__LEADING_BODY:
				return getLeadingBody();
			case InspectionPackage.INSPECTION_ROUND__PARTNER_BODIES:
				return getPartnerBodies();
			case InspectionPackage.INSPECTION_ROUND__MEMBERS:
				return getMembers();
			case InspectionPackage.INSPECTION_ROUND__SUBJECTS:
				return getSubjects();
			case InspectionPackage.INSPECTION_ROUND__PLANNED_START:
				return getPlannedStart();
			case InspectionPackage.INSPECTION_ROUND__PLANNED_END:
				return getPlannedEnd();
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_START:
				return getActualStart();
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_END:
				return getActualEnd();
			case InspectionPackage.INSPECTION_ROUND__STATUS:
				return getStatus();
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
			case InspectionPackage.INSPECTION_ROUND__DECISION_NUMBER:
				setDecisionNumber((String)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__DECISION_DATE:
				setDecisionDate((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__TITLE:
				setTitle((String)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__LEGAL_BASIS:
				setLegalBasis((String)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__LEADING_BODY:
				setLeadingBody((String)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__PARTNER_BODIES:
				getPartnerBodies().clear();
				getPartnerBodies().addAll((Collection<? extends String>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends TeamMember>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__SUBJECTS:
				getSubjects().clear();
				getSubjects().addAll((Collection<? extends InspectedSubject>)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__PLANNED_START:
				setPlannedStart((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__PLANNED_END:
				setPlannedEnd((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_START:
				setActualStart((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_END:
				setActualEnd((LocalDate)newValue);
				return;
			case InspectionPackage.INSPECTION_ROUND__STATUS:
				setStatus((RoundStatus)newValue);
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
			case InspectionPackage.INSPECTION_ROUND__DECISION_NUMBER:
				setDecisionNumber(DECISION_NUMBER_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__DECISION_DATE:
				setDecisionDate(DECISION_DATE_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__LEADING_BODY:
				setLeadingBody(LEADING_BODY_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__PARTNER_BODIES:
				getPartnerBodies().clear();
				return;
			case InspectionPackage.INSPECTION_ROUND__MEMBERS:
				getMembers().clear();
				return;
			case InspectionPackage.INSPECTION_ROUND__SUBJECTS:
				getSubjects().clear();
				return;
			case InspectionPackage.INSPECTION_ROUND__PLANNED_START:
				setPlannedStart(PLANNED_START_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__PLANNED_END:
				setPlannedEnd(PLANNED_END_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_START:
				setActualStart(ACTUAL_START_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_END:
				setActualEnd(ACTUAL_END_EDEFAULT);
				return;
			case InspectionPackage.INSPECTION_ROUND__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case InspectionPackage.INSPECTION_ROUND__DECISION_NUMBER:
				return DECISION_NUMBER_EDEFAULT == null ? decisionNumber != null : !DECISION_NUMBER_EDEFAULT.equals(decisionNumber);
			case InspectionPackage.INSPECTION_ROUND__DECISION_DATE:
				return DECISION_DATE_EDEFAULT == null ? decisionDate != null : !DECISION_DATE_EDEFAULT.equals(decisionDate);
			case InspectionPackage.INSPECTION_ROUND__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case InspectionPackage.INSPECTION_ROUND__LEGAL_BASIS:
				return LEGAL_BASIS_EDEFAULT == null ? legalBasis != null : !LEGAL_BASIS_EDEFAULT.equals(legalBasis);
			case InspectionPackage.INSPECTION_ROUND__LEADING_BODY:
				return LEADING_BODY_EDEFAULT == null ? leadingBody != null : !LEADING_BODY_EDEFAULT.equals(leadingBody);
			case InspectionPackage.INSPECTION_ROUND__PARTNER_BODIES:
				return partnerBodies != null && !partnerBodies.isEmpty();
			case InspectionPackage.INSPECTION_ROUND__MEMBERS:
				return members != null && !members.isEmpty();
			case InspectionPackage.INSPECTION_ROUND__SUBJECTS:
				return subjects != null && !subjects.isEmpty();
			case InspectionPackage.INSPECTION_ROUND__PLANNED_START:
				return PLANNED_START_EDEFAULT == null ? plannedStart != null : !PLANNED_START_EDEFAULT.equals(plannedStart);
			case InspectionPackage.INSPECTION_ROUND__PLANNED_END:
				return PLANNED_END_EDEFAULT == null ? plannedEnd != null : !PLANNED_END_EDEFAULT.equals(plannedEnd);
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_START:
				return ACTUAL_START_EDEFAULT == null ? actualStart != null : !ACTUAL_START_EDEFAULT.equals(actualStart);
			case InspectionPackage.INSPECTION_ROUND__ACTUAL_END:
				return ACTUAL_END_EDEFAULT == null ? actualEnd != null : !ACTUAL_END_EDEFAULT.equals(actualEnd);
			case InspectionPackage.INSPECTION_ROUND__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
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
		result.append(" (decisionNumber: ");
		result.append(decisionNumber);
		result.append(", decisionDate: ");
		result.append(decisionDate);
		result.append(", title: ");
		result.append(title);
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(", leadingBody: ");
		result.append(leadingBody);
		result.append(", partnerBodies: ");
		result.append(partnerBodies);
		result.append(", plannedStart: ");
		result.append(plannedStart);
		result.append(", plannedEnd: ");
		result.append(plannedEnd);
		result.append(", actualStart: ");
		result.append(actualStart);
		result.append(", actualEnd: ");
		result.append(actualEnd);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //InspectionRoundImpl
