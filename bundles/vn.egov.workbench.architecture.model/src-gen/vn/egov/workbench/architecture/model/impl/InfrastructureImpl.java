/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Infrastructure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Infrastructure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.InfrastructureImpl#getInfraType <em>Infra Type</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.InfrastructureImpl#isIpv6Ready <em>Ipv6 Ready</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InfrastructureImpl extends ElementImpl implements Infrastructure {
	/**
	 * The default value of the '{@link #getInfraType() <em>Infra Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfraType()
	 * @generated
	 * @ordered
	 */
	protected static final String INFRA_TYPE_EDEFAULT = "other";

	/**
	 * The cached value of the '{@link #getInfraType() <em>Infra Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfraType()
	 * @generated
	 * @ordered
	 */
	protected String infraType = INFRA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isIpv6Ready() <em>Ipv6 Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIpv6Ready()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IPV6_READY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIpv6Ready() <em>Ipv6 Ready</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIpv6Ready()
	 * @generated
	 * @ordered
	 */
	protected boolean ipv6Ready = IPV6_READY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InfrastructureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.INFRASTRUCTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInfraType() {
		return infraType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInfraType(String newInfraType) {
		String oldInfraType = infraType;
		infraType = newInfraType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.INFRASTRUCTURE__INFRA_TYPE, oldInfraType, infraType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIpv6Ready() {
		return ipv6Ready;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpv6Ready(boolean newIpv6Ready) {
		boolean oldIpv6Ready = ipv6Ready;
		ipv6Ready = newIpv6Ready;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.INFRASTRUCTURE__IPV6_READY, oldIpv6Ready, ipv6Ready));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.INFRASTRUCTURE__INFRA_TYPE:
				return getInfraType();
			case ArchitecturePackage.INFRASTRUCTURE__IPV6_READY:
				return isIpv6Ready();
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
			case ArchitecturePackage.INFRASTRUCTURE__INFRA_TYPE:
				setInfraType((String)newValue);
				return;
			case ArchitecturePackage.INFRASTRUCTURE__IPV6_READY:
				setIpv6Ready((Boolean)newValue);
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
			case ArchitecturePackage.INFRASTRUCTURE__INFRA_TYPE:
				setInfraType(INFRA_TYPE_EDEFAULT);
				return;
			case ArchitecturePackage.INFRASTRUCTURE__IPV6_READY:
				setIpv6Ready(IPV6_READY_EDEFAULT);
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
			case ArchitecturePackage.INFRASTRUCTURE__INFRA_TYPE:
				return INFRA_TYPE_EDEFAULT == null ? infraType != null : !INFRA_TYPE_EDEFAULT.equals(infraType);
			case ArchitecturePackage.INFRASTRUCTURE__IPV6_READY:
				return ipv6Ready != IPV6_READY_EDEFAULT;
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
		result.append(" (infraType: ");
		result.append(infraType);
		result.append(", ipv6Ready: ");
		result.append(ipv6Ready);
		result.append(')');
		return result.toString();
	}

} //InfrastructureImpl
