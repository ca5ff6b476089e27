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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.Enforcement;
import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.Instalment;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sanction Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getSigner <em>Signer</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getSignerRole <em>Signer Role</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getAdditionalSanctions <em>Additional Sanctions</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getRemedialMeasures <em>Remedial Measures</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getPayments <em>Payments</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getInstalments <em>Instalments</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getEnforcement <em>Enforcement</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.SanctionDecisionImpl#getReceivedOn <em>Received On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SanctionDecisionImpl extends MinimalEObjectImpl.Container implements SanctionDecision {
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
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigner() <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigner()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSigner() <em>Signer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigner()
	 * @generated
	 * @ordered
	 */
	protected String signer = SIGNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignerRole() <em>Signer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerRole()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerRole() <em>Signer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerRole()
	 * @generated
	 * @ordered
	 */
	protected String signerRole = SIGNER_ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionLine> lines;

	/**
	 * The cached value of the '{@link #getAdditionalSanctions() <em>Additional Sanctions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalSanctions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> additionalSanctions;

	/**
	 * The cached value of the '{@link #getRemedialMeasures() <em>Remedial Measures</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemedialMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> remedialMeasures;

	/**
	 * The default value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected static final long TOTAL_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected long total = TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPayments() <em>Payments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayments()
	 * @generated
	 * @ordered
	 */
	protected EList<Payment> payments;

	/**
	 * The cached value of the '{@link #getInstalments() <em>Instalments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instalment> instalments;

	/**
	 * The cached value of the '{@link #getEnforcement() <em>Enforcement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnforcement()
	 * @generated
	 * @ordered
	 */
	protected Enforcement enforcement;

	/**
	 * The default value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECEIVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate receivedOn = RECEIVED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SanctionDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.SANCTION_DECISION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(LocalDate newDecidedOn) {
		LocalDate oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSigner() {
		return signer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigner(String newSigner) {
		String oldSigner = signer;
		signer = newSigner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__SIGNER, oldSigner, signer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerRole() {
		return signerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerRole(String newSignerRole) {
		String oldSignerRole = signerRole;
		signerRole = newSignerRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__SIGNER_ROLE, oldSignerRole, signerRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionLine> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<DecisionLine>(DecisionLine.class, this, InspectionPackage.SANCTION_DECISION__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAdditionalSanctions() {
		if (additionalSanctions == null) {
			additionalSanctions = new EDataTypeUniqueEList<String>(String.class, this, InspectionPackage.SANCTION_DECISION__ADDITIONAL_SANCTIONS);
		}
		return additionalSanctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRemedialMeasures() {
		if (remedialMeasures == null) {
			remedialMeasures = new EDataTypeUniqueEList<String>(String.class, this, InspectionPackage.SANCTION_DECISION__REMEDIAL_MEASURES);
		}
		return remedialMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(long newTotal) {
		long oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Payment> getPayments() {
		if (payments == null) {
			payments = new EObjectContainmentEList<Payment>(Payment.class, this, InspectionPackage.SANCTION_DECISION__PAYMENTS);
		}
		return payments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instalment> getInstalments() {
		if (instalments == null) {
			instalments = new EObjectContainmentEList<Instalment>(Instalment.class, this, InspectionPackage.SANCTION_DECISION__INSTALMENTS);
		}
		return instalments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enforcement getEnforcement() {
		return enforcement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnforcement(Enforcement newEnforcement, NotificationChain msgs) {
		Enforcement oldEnforcement = enforcement;
		enforcement = newEnforcement;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__ENFORCEMENT, oldEnforcement, newEnforcement);
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
	public void setEnforcement(Enforcement newEnforcement) {
		if (newEnforcement != enforcement) {
			NotificationChain msgs = null;
			if (enforcement != null)
				msgs = ((InternalEObject)enforcement).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - InspectionPackage.SANCTION_DECISION__ENFORCEMENT, null, msgs);
			if (newEnforcement != null)
				msgs = ((InternalEObject)newEnforcement).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - InspectionPackage.SANCTION_DECISION__ENFORCEMENT, null, msgs);
			msgs = basicSetEnforcement(newEnforcement, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__ENFORCEMENT, newEnforcement, newEnforcement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedOn(LocalDate newReceivedOn) {
		LocalDate oldReceivedOn = receivedOn;
		receivedOn = newReceivedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.SANCTION_DECISION__RECEIVED_ON, oldReceivedOn, receivedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.SANCTION_DECISION__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
			case InspectionPackage.SANCTION_DECISION__PAYMENTS:
				return ((InternalEList<?>)getPayments()).basicRemove(otherEnd, msgs);
			case InspectionPackage.SANCTION_DECISION__INSTALMENTS:
				return ((InternalEList<?>)getInstalments()).basicRemove(otherEnd, msgs);
			case InspectionPackage.SANCTION_DECISION__ENFORCEMENT:
				return basicSetEnforcement(null, msgs);
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
			case InspectionPackage.SANCTION_DECISION__NUMBER:
				return getNumber();
			case InspectionPackage.SANCTION_DECISION__DECIDED_ON:
				return getDecidedOn();
			case InspectionPackage.SANCTION_DECISION__SIGNER:
				return getSigner();
			case InspectionPackage.SANCTION_DECISION__SIGNER_ROLE:
				return getSignerRole();
			case InspectionPackage.SANCTION_DECISION__LINES:
				return getLines();
			case InspectionPackage.SANCTION_DECISION__ADDITIONAL_SANCTIONS:
				return getAdditionalSanctions();
			case InspectionPackage.SANCTION_DECISION__REMEDIAL_MEASURES:
				return getRemedialMeasures();
			case InspectionPackage.SANCTION_DECISION__TOTAL:
				return getTotal();
			case InspectionPackage.SANCTION_DECISION__PAYMENTS:
				return getPayments();
			case InspectionPackage.SANCTION_DECISION__INSTALMENTS:
				return getInstalments();
			case InspectionPackage.SANCTION_DECISION__ENFORCEMENT:
				return getEnforcement();
			case InspectionPackage.SANCTION_DECISION__RECEIVED_ON:
				return getReceivedOn();
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
			case InspectionPackage.SANCTION_DECISION__NUMBER:
				setNumber((String)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__SIGNER:
				setSigner((String)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__SIGNER_ROLE:
				setSignerRole((String)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends DecisionLine>)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__ADDITIONAL_SANCTIONS:
				getAdditionalSanctions().clear();
				getAdditionalSanctions().addAll((Collection<? extends String>)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__REMEDIAL_MEASURES:
				getRemedialMeasures().clear();
				getRemedialMeasures().addAll((Collection<? extends String>)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__TOTAL:
				setTotal((Long)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__PAYMENTS:
				getPayments().clear();
				getPayments().addAll((Collection<? extends Payment>)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__INSTALMENTS:
				getInstalments().clear();
				getInstalments().addAll((Collection<? extends Instalment>)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__ENFORCEMENT:
				setEnforcement((Enforcement)newValue);
				return;
			case InspectionPackage.SANCTION_DECISION__RECEIVED_ON:
				setReceivedOn((LocalDate)newValue);
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
			case InspectionPackage.SANCTION_DECISION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case InspectionPackage.SANCTION_DECISION__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case InspectionPackage.SANCTION_DECISION__SIGNER:
				setSigner(SIGNER_EDEFAULT);
				return;
			case InspectionPackage.SANCTION_DECISION__SIGNER_ROLE:
				setSignerRole(SIGNER_ROLE_EDEFAULT);
				return;
			case InspectionPackage.SANCTION_DECISION__LINES:
				getLines().clear();
				return;
			case InspectionPackage.SANCTION_DECISION__ADDITIONAL_SANCTIONS:
				getAdditionalSanctions().clear();
				return;
			case InspectionPackage.SANCTION_DECISION__REMEDIAL_MEASURES:
				getRemedialMeasures().clear();
				return;
			case InspectionPackage.SANCTION_DECISION__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case InspectionPackage.SANCTION_DECISION__PAYMENTS:
				getPayments().clear();
				return;
			case InspectionPackage.SANCTION_DECISION__INSTALMENTS:
				getInstalments().clear();
				return;
			case InspectionPackage.SANCTION_DECISION__ENFORCEMENT:
				setEnforcement((Enforcement)null);
				return;
			case InspectionPackage.SANCTION_DECISION__RECEIVED_ON:
				setReceivedOn(RECEIVED_ON_EDEFAULT);
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
			case InspectionPackage.SANCTION_DECISION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case InspectionPackage.SANCTION_DECISION__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case InspectionPackage.SANCTION_DECISION__SIGNER:
				return SIGNER_EDEFAULT == null ? signer != null : !SIGNER_EDEFAULT.equals(signer);
			case InspectionPackage.SANCTION_DECISION__SIGNER_ROLE:
				return SIGNER_ROLE_EDEFAULT == null ? signerRole != null : !SIGNER_ROLE_EDEFAULT.equals(signerRole);
			case InspectionPackage.SANCTION_DECISION__LINES:
				return lines != null && !lines.isEmpty();
			case InspectionPackage.SANCTION_DECISION__ADDITIONAL_SANCTIONS:
				return additionalSanctions != null && !additionalSanctions.isEmpty();
			case InspectionPackage.SANCTION_DECISION__REMEDIAL_MEASURES:
				return remedialMeasures != null && !remedialMeasures.isEmpty();
			case InspectionPackage.SANCTION_DECISION__TOTAL:
				return total != TOTAL_EDEFAULT;
			case InspectionPackage.SANCTION_DECISION__PAYMENTS:
				return payments != null && !payments.isEmpty();
			case InspectionPackage.SANCTION_DECISION__INSTALMENTS:
				return instalments != null && !instalments.isEmpty();
			case InspectionPackage.SANCTION_DECISION__ENFORCEMENT:
				return enforcement != null;
			case InspectionPackage.SANCTION_DECISION__RECEIVED_ON:
				return RECEIVED_ON_EDEFAULT == null ? receivedOn != null : !RECEIVED_ON_EDEFAULT.equals(receivedOn);
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
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(", signer: ");
		result.append(signer);
		result.append(", signerRole: ");
		result.append(signerRole);
		result.append(", additionalSanctions: ");
		result.append(additionalSanctions);
		result.append(", remedialMeasures: ");
		result.append(remedialMeasures);
		result.append(", total: ");
		result.append(total);
		result.append(", receivedOn: ");
		result.append(receivedOn);
		result.append(')');
		return result.toString();
	}

} //SanctionDecisionImpl
