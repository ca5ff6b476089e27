/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import vn.egov.workbench.inspection.model.Enforcement;
import vn.egov.workbench.inspection.model.InspectionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enforcement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.EnforcementImpl#getDecisionNumber <em>Decision Number</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.EnforcementImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.EnforcementImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.EnforcementImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnforcementImpl extends MinimalEObjectImpl.Container implements Enforcement {
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
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnforcementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.ENFORCEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENFORCEMENT__DECISION_NUMBER, oldDecisionNumber, decisionNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENFORCEMENT__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure) {
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENFORCEMENT__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENFORCEMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.ENFORCEMENT__DECISION_NUMBER:
				return getDecisionNumber();
			case InspectionPackage.ENFORCEMENT__DECIDED_ON:
				return getDecidedOn();
			case InspectionPackage.ENFORCEMENT__MEASURE:
				return getMeasure();
			case InspectionPackage.ENFORCEMENT__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.ENFORCEMENT__DECISION_NUMBER:
				setDecisionNumber((String)newValue);
				return;
			case InspectionPackage.ENFORCEMENT__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
				return;
			case InspectionPackage.ENFORCEMENT__MEASURE:
				setMeasure((String)newValue);
				return;
			case InspectionPackage.ENFORCEMENT__NOTE:
				setNote((String)newValue);
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
			case InspectionPackage.ENFORCEMENT__DECISION_NUMBER:
				setDecisionNumber(DECISION_NUMBER_EDEFAULT);
				return;
			case InspectionPackage.ENFORCEMENT__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case InspectionPackage.ENFORCEMENT__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case InspectionPackage.ENFORCEMENT__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case InspectionPackage.ENFORCEMENT__DECISION_NUMBER:
				return DECISION_NUMBER_EDEFAULT == null ? decisionNumber != null : !DECISION_NUMBER_EDEFAULT.equals(decisionNumber);
			case InspectionPackage.ENFORCEMENT__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case InspectionPackage.ENFORCEMENT__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case InspectionPackage.ENFORCEMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(", measure: ");
		result.append(measure);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //EnforcementImpl
