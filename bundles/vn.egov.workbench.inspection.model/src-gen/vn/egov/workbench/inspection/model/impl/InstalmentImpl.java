/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.Instalment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instalment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InstalmentImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InstalmentImpl#getDueOn <em>Due On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.InstalmentImpl#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstalmentImpl extends MinimalEObjectImpl.Container implements Instalment {
	/**
	 * The default value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected static final int SEQUENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected int sequence = SEQUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueOn = DUE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final long AMOUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected long amount = AMOUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstalmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INSTALMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(int newSequence) {
		int oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSTALMENT__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueOn() {
		return dueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueOn(LocalDate newDueOn) {
		LocalDate oldDueOn = dueOn;
		dueOn = newDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSTALMENT__DUE_ON, oldDueOn, dueOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(long newAmount) {
		long oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INSTALMENT__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.INSTALMENT__SEQUENCE:
				return getSequence();
			case InspectionPackage.INSTALMENT__DUE_ON:
				return getDueOn();
			case InspectionPackage.INSTALMENT__AMOUNT:
				return getAmount();
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
			case InspectionPackage.INSTALMENT__SEQUENCE:
				setSequence((Integer)newValue);
				return;
			case InspectionPackage.INSTALMENT__DUE_ON:
				setDueOn((LocalDate)newValue);
				return;
			case InspectionPackage.INSTALMENT__AMOUNT:
				setAmount((Long)newValue);
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
			case InspectionPackage.INSTALMENT__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case InspectionPackage.INSTALMENT__DUE_ON:
				setDueOn(DUE_ON_EDEFAULT);
				return;
			case InspectionPackage.INSTALMENT__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
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
			case InspectionPackage.INSTALMENT__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
			case InspectionPackage.INSTALMENT__DUE_ON:
				return DUE_ON_EDEFAULT == null ? dueOn != null : !DUE_ON_EDEFAULT.equals(dueOn);
			case InspectionPackage.INSTALMENT__AMOUNT:
				return amount != AMOUNT_EDEFAULT;
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
		result.append(" (sequence: ");
		result.append(sequence);
		result.append(", dueOn: ");
		result.append(dueOn);
		result.append(", amount: ");
		result.append(amount);
		result.append(')');
		return result.toString();
	}

} //InstalmentImpl
