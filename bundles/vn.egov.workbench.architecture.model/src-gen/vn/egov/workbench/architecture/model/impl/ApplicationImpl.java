/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ApplicationScope;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Ownership;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl#getOwnership <em>Ownership</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl#isLgspIntegrated <em>Lgsp Integrated</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ApplicationImpl#getUserCount <em>User Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApplicationImpl extends ElementImpl implements Application {
	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final ApplicationScope SCOPE_EDEFAULT = ApplicationScope.SECTOR_SPECIFIC;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected ApplicationScope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnership() <em>Ownership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnership()
	 * @generated
	 * @ordered
	 */
	protected static final Ownership OWNERSHIP_EDEFAULT = Ownership.OWNED;

	/**
	 * The cached value of the '{@link #getOwnership() <em>Ownership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnership()
	 * @generated
	 * @ordered
	 */
	protected Ownership ownership = OWNERSHIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int SECURITY_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected int securityLevel = SECURITY_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isLgspIntegrated() <em>Lgsp Integrated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLgspIntegrated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LGSP_INTEGRATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLgspIntegrated() <em>Lgsp Integrated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLgspIntegrated()
	 * @generated
	 * @ordered
	 */
	protected boolean lgspIntegrated = LGSP_INTEGRATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserCount() <em>User Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserCount()
	 * @generated
	 * @ordered
	 */
	protected static final int USER_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUserCount() <em>User Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserCount()
	 * @generated
	 * @ordered
	 */
	protected int userCount = USER_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplicationScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(ApplicationScope newScope) {
		ApplicationScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.APPLICATION__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.APPLICATION__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ownership getOwnership() {
		return ownership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnership(Ownership newOwnership) {
		Ownership oldOwnership = ownership;
		ownership = newOwnership == null ? OWNERSHIP_EDEFAULT : newOwnership;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.APPLICATION__OWNERSHIP, oldOwnership, ownership));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSecurityLevel() {
		return securityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityLevel(int newSecurityLevel) {
		int oldSecurityLevel = securityLevel;
		securityLevel = newSecurityLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.APPLICATION__SECURITY_LEVEL, oldSecurityLevel, securityLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLgspIntegrated() {
		return lgspIntegrated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLgspIntegrated(boolean newLgspIntegrated) {
		boolean oldLgspIntegrated = lgspIntegrated;
		lgspIntegrated = newLgspIntegrated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.APPLICATION__LGSP_INTEGRATED, oldLgspIntegrated, lgspIntegrated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUserCount() {
		return userCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserCount(int newUserCount) {
		int oldUserCount = userCount;
		userCount = newUserCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.APPLICATION__USER_COUNT, oldUserCount, userCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.APPLICATION__SCOPE:
				return getScope();
			case ArchitecturePackage.APPLICATION__VENDOR:
				return getVendor();
			case ArchitecturePackage.APPLICATION__OWNERSHIP:
				return getOwnership();
			case ArchitecturePackage.APPLICATION__SECURITY_LEVEL:
				return getSecurityLevel();
			case ArchitecturePackage.APPLICATION__LGSP_INTEGRATED:
				return isLgspIntegrated();
			case ArchitecturePackage.APPLICATION__USER_COUNT:
				return getUserCount();
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
			case ArchitecturePackage.APPLICATION__SCOPE:
				setScope((ApplicationScope)newValue);
				return;
			case ArchitecturePackage.APPLICATION__VENDOR:
				setVendor((String)newValue);
				return;
			case ArchitecturePackage.APPLICATION__OWNERSHIP:
				setOwnership((Ownership)newValue);
				return;
			case ArchitecturePackage.APPLICATION__SECURITY_LEVEL:
				setSecurityLevel((Integer)newValue);
				return;
			case ArchitecturePackage.APPLICATION__LGSP_INTEGRATED:
				setLgspIntegrated((Boolean)newValue);
				return;
			case ArchitecturePackage.APPLICATION__USER_COUNT:
				setUserCount((Integer)newValue);
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
			case ArchitecturePackage.APPLICATION__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case ArchitecturePackage.APPLICATION__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case ArchitecturePackage.APPLICATION__OWNERSHIP:
				setOwnership(OWNERSHIP_EDEFAULT);
				return;
			case ArchitecturePackage.APPLICATION__SECURITY_LEVEL:
				setSecurityLevel(SECURITY_LEVEL_EDEFAULT);
				return;
			case ArchitecturePackage.APPLICATION__LGSP_INTEGRATED:
				setLgspIntegrated(LGSP_INTEGRATED_EDEFAULT);
				return;
			case ArchitecturePackage.APPLICATION__USER_COUNT:
				setUserCount(USER_COUNT_EDEFAULT);
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
			case ArchitecturePackage.APPLICATION__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case ArchitecturePackage.APPLICATION__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case ArchitecturePackage.APPLICATION__OWNERSHIP:
				return ownership != OWNERSHIP_EDEFAULT;
			case ArchitecturePackage.APPLICATION__SECURITY_LEVEL:
				return securityLevel != SECURITY_LEVEL_EDEFAULT;
			case ArchitecturePackage.APPLICATION__LGSP_INTEGRATED:
				return lgspIntegrated != LGSP_INTEGRATED_EDEFAULT;
			case ArchitecturePackage.APPLICATION__USER_COUNT:
				return userCount != USER_COUNT_EDEFAULT;
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
		result.append(" (scope: ");
		result.append(scope);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", ownership: ");
		result.append(ownership);
		result.append(", securityLevel: ");
		result.append(securityLevel);
		result.append(", lgspIntegrated: ");
		result.append(lgspIntegrated);
		result.append(", userCount: ");
		result.append(userCount);
		result.append(')');
		return result.toString();
	}

} //ApplicationImpl
