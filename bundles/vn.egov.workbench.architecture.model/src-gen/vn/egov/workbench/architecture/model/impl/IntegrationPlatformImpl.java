/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.IntegrationPlatform;
import vn.egov.workbench.architecture.model.IntegrationPlatformKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Integration Platform</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.IntegrationPlatformImpl#getPlatformKind <em>Platform Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntegrationPlatformImpl extends ElementImpl implements IntegrationPlatform {
	/**
	 * The default value of the '{@link #getPlatformKind() <em>Platform Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatformKind()
	 * @generated
	 * @ordered
	 */
	protected static final IntegrationPlatformKind PLATFORM_KIND_EDEFAULT = IntegrationPlatformKind.OTHER;

	/**
	 * The cached value of the '{@link #getPlatformKind() <em>Platform Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatformKind()
	 * @generated
	 * @ordered
	 */
	protected IntegrationPlatformKind platformKind = PLATFORM_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntegrationPlatformImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.INTEGRATION_PLATFORM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationPlatformKind getPlatformKind() {
		return platformKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlatformKind(IntegrationPlatformKind newPlatformKind) {
		IntegrationPlatformKind oldPlatformKind = platformKind;
		platformKind = newPlatformKind == null ? PLATFORM_KIND_EDEFAULT : newPlatformKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.INTEGRATION_PLATFORM__PLATFORM_KIND, oldPlatformKind, platformKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.INTEGRATION_PLATFORM__PLATFORM_KIND:
				return getPlatformKind();
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
			case ArchitecturePackage.INTEGRATION_PLATFORM__PLATFORM_KIND:
				setPlatformKind((IntegrationPlatformKind)newValue);
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
			case ArchitecturePackage.INTEGRATION_PLATFORM__PLATFORM_KIND:
				setPlatformKind(PLATFORM_KIND_EDEFAULT);
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
			case ArchitecturePackage.INTEGRATION_PLATFORM__PLATFORM_KIND:
				return platformKind != PLATFORM_KIND_EDEFAULT;
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
		result.append(" (platformKind: ");
		result.append(platformKind);
		result.append(')');
		return result.toString();
	}

} //IntegrationPlatformImpl
