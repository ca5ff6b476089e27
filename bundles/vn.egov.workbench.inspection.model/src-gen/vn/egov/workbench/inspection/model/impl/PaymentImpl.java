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
import vn.egov.workbench.inspection.model.Payment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Payment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.PaymentImpl#getReceipt <em>Receipt</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.PaymentImpl#getPaidOn <em>Paid On</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.PaymentImpl#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PaymentImpl extends MinimalEObjectImpl.Container implements Payment {
	/**
	 * The default value of the '{@link #getReceipt() <em>Receipt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceipt()
	 * @generated
	 * @ordered
	 */
	protected static final String RECEIPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceipt() <em>Receipt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceipt()
	 * @generated
	 * @ordered
	 */
	protected String receipt = RECEIPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPaidOn() <em>Paid On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaidOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PAID_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPaidOn() <em>Paid On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaidOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate paidOn = PAID_ON_EDEFAULT;

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
	protected PaymentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.PAYMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReceipt() {
		return receipt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceipt(String newReceipt) {
		String oldReceipt = receipt;
		receipt = newReceipt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PAYMENT__RECEIPT, oldReceipt, receipt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPaidOn() {
		return paidOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaidOn(LocalDate newPaidOn) {
		LocalDate oldPaidOn = paidOn;
		paidOn = newPaidOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PAYMENT__PAID_ON, oldPaidOn, paidOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PAYMENT__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.PAYMENT__RECEIPT:
				return getReceipt();
			case InspectionPackage.PAYMENT__PAID_ON:
				return getPaidOn();
			case InspectionPackage.PAYMENT__AMOUNT:
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
			case InspectionPackage.PAYMENT__RECEIPT:
				setReceipt((String)newValue);
				return;
			case InspectionPackage.PAYMENT__PAID_ON:
				setPaidOn((LocalDate)newValue);
				return;
			case InspectionPackage.PAYMENT__AMOUNT:
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
			case InspectionPackage.PAYMENT__RECEIPT:
				setReceipt(RECEIPT_EDEFAULT);
				return;
			case InspectionPackage.PAYMENT__PAID_ON:
				setPaidOn(PAID_ON_EDEFAULT);
				return;
			case InspectionPackage.PAYMENT__AMOUNT:
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
			case InspectionPackage.PAYMENT__RECEIPT:
				return RECEIPT_EDEFAULT == null ? receipt != null : !RECEIPT_EDEFAULT.equals(receipt);
			case InspectionPackage.PAYMENT__PAID_ON:
				return PAID_ON_EDEFAULT == null ? paidOn != null : !PAID_ON_EDEFAULT.equals(paidOn);
			case InspectionPackage.PAYMENT__AMOUNT:
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
		result.append(" (receipt: ");
		result.append(receipt);
		result.append(", paidOn: ");
		result.append(paidOn);
		result.append(", amount: ");
		result.append(amount);
		result.append(')');
		return result.toString();
	}

} //PaymentImpl
