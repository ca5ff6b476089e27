/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Stakeholder;
import vn.egov.workbench.architecture.model.StakeholderType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stakeholder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.StakeholderImpl#getStakeholderType <em>Stakeholder Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StakeholderImpl extends ElementImpl implements Stakeholder {
	/**
	 * The default value of the '{@link #getStakeholderType() <em>Stakeholder Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholderType()
	 * @generated
	 * @ordered
	 */
	protected static final StakeholderType STAKEHOLDER_TYPE_EDEFAULT = StakeholderType.OTHER;

	/**
	 * The cached value of the '{@link #getStakeholderType() <em>Stakeholder Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholderType()
	 * @generated
	 * @ordered
	 */
	protected StakeholderType stakeholderType = STAKEHOLDER_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StakeholderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.STAKEHOLDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StakeholderType getStakeholderType() {
		return stakeholderType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStakeholderType(StakeholderType newStakeholderType) {
		StakeholderType oldStakeholderType = stakeholderType;
		stakeholderType = newStakeholderType == null ? STAKEHOLDER_TYPE_EDEFAULT : newStakeholderType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.STAKEHOLDER__STAKEHOLDER_TYPE, oldStakeholderType, stakeholderType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.STAKEHOLDER__STAKEHOLDER_TYPE:
				return getStakeholderType();
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
			case ArchitecturePackage.STAKEHOLDER__STAKEHOLDER_TYPE:
				setStakeholderType((StakeholderType)newValue);
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
			case ArchitecturePackage.STAKEHOLDER__STAKEHOLDER_TYPE:
				setStakeholderType(STAKEHOLDER_TYPE_EDEFAULT);
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
			case ArchitecturePackage.STAKEHOLDER__STAKEHOLDER_TYPE:
				return stakeholderType != STAKEHOLDER_TYPE_EDEFAULT;
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
		result.append(" (stakeholderType: ");
		result.append(stakeholderType);
		result.append(')');
		return result.toString();
	}

} //StakeholderImpl
