/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.OrganisationUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ElementImpl#getLifecycleStatus <em>Lifecycle Status</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ElementImpl#getReferenceModelCode <em>Reference Model Code</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ElementImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ElementImpl extends FolderItemImpl implements Element {
	/**
	 * The default value of the '{@link #getLifecycleStatus() <em>Lifecycle Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifecycleStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LifecycleStatus LIFECYCLE_STATUS_EDEFAULT = LifecycleStatus.CURRENT;

	/**
	 * The cached value of the '{@link #getLifecycleStatus() <em>Lifecycle Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifecycleStatus()
	 * @generated
	 * @ordered
	 */
	protected LifecycleStatus lifecycleStatus = LIFECYCLE_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceModelCode() <em>Reference Model Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceModelCode()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_MODEL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceModelCode() <em>Reference Model Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceModelCode()
	 * @generated
	 * @ordered
	 */
	protected String referenceModelCode = REFERENCE_MODEL_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit owner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecycleStatus getLifecycleStatus() {
		return lifecycleStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLifecycleStatus(LifecycleStatus newLifecycleStatus) {
		LifecycleStatus oldLifecycleStatus = lifecycleStatus;
		lifecycleStatus = newLifecycleStatus == null ? LIFECYCLE_STATUS_EDEFAULT : newLifecycleStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ELEMENT__LIFECYCLE_STATUS, oldLifecycleStatus, lifecycleStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceModelCode() {
		return referenceModelCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceModelCode(String newReferenceModelCode) {
		String oldReferenceModelCode = referenceModelCode;
		referenceModelCode = newReferenceModelCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ELEMENT__REFERENCE_MODEL_CODE, oldReferenceModelCode, referenceModelCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (OrganisationUnit)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArchitecturePackage.ELEMENT__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationUnit basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(OrganisationUnit newOwner) {
		OrganisationUnit oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ELEMENT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.ELEMENT__LIFECYCLE_STATUS:
				return getLifecycleStatus();
			case ArchitecturePackage.ELEMENT__REFERENCE_MODEL_CODE:
				return getReferenceModelCode();
			case ArchitecturePackage.ELEMENT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
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
			case ArchitecturePackage.ELEMENT__LIFECYCLE_STATUS:
				setLifecycleStatus((LifecycleStatus)newValue);
				return;
			case ArchitecturePackage.ELEMENT__REFERENCE_MODEL_CODE:
				setReferenceModelCode((String)newValue);
				return;
			case ArchitecturePackage.ELEMENT__OWNER:
				setOwner((OrganisationUnit)newValue);
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
			case ArchitecturePackage.ELEMENT__LIFECYCLE_STATUS:
				setLifecycleStatus(LIFECYCLE_STATUS_EDEFAULT);
				return;
			case ArchitecturePackage.ELEMENT__REFERENCE_MODEL_CODE:
				setReferenceModelCode(REFERENCE_MODEL_CODE_EDEFAULT);
				return;
			case ArchitecturePackage.ELEMENT__OWNER:
				setOwner((OrganisationUnit)null);
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
			case ArchitecturePackage.ELEMENT__LIFECYCLE_STATUS:
				return lifecycleStatus != LIFECYCLE_STATUS_EDEFAULT;
			case ArchitecturePackage.ELEMENT__REFERENCE_MODEL_CODE:
				return REFERENCE_MODEL_CODE_EDEFAULT == null ? referenceModelCode != null : !REFERENCE_MODEL_CODE_EDEFAULT.equals(referenceModelCode);
			case ArchitecturePackage.ELEMENT__OWNER:
				return owner != null;
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
		result.append(" (lifecycleStatus: ");
		result.append(lifecycleStatus);
		result.append(", referenceModelCode: ");
		result.append(referenceModelCode);
		result.append(')');
		return result.toString();
	}

} //ElementImpl
