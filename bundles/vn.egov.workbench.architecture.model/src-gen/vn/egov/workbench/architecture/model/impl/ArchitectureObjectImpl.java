/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Object</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ArchitectureObjectImpl#getId <em>Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ArchitectureObjectImpl extends PropertiesHolderImpl implements ArchitectureObject {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * Set on a thread while it loads a model file: the objects it creates get their ids from the file, so making
	 * a UUID for each first would be wasted (a noticeable part of loading a large model).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static final ThreadLocal<boolean[]> LOADING = ThreadLocal.withInitial(() -> new boolean[1]);

	/**
	 * <!-- begin-user-doc -->
	 * A new object gets a UUID as its id; loading a model then sets the saved id. While the thread loads a file
	 * (see {@link #setLoading}) the loader sets the ids instead.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	protected ArchitectureObjectImpl() {
		super();
		if (!LOADING.get()[0]) {
			id = org.eclipse.emf.ecore.util.EcoreUtil.generateUUID();
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * For loaders only: while {@code loading} is true, objects created on this thread get no UUID; the loader
	 * must set every id itself (the file's, or a new UUID where the file has none) and reset the flag in a
	 * {@code finally} block.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static void setLoading(boolean loading) {
		LOADING.get()[0] = loading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.ARCHITECTURE_OBJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.ARCHITECTURE_OBJECT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.ARCHITECTURE_OBJECT__ID:
				return getId();
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
			case ArchitecturePackage.ARCHITECTURE_OBJECT__ID:
				setId((String)newValue);
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
			case ArchitecturePackage.ARCHITECTURE_OBJECT__ID:
				setId(ID_EDEFAULT);
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
			case ArchitecturePackage.ARCHITECTURE_OBJECT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
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
		result.append(" (id: ");
		result.append(id);
		result.append(')');
		return result.toString();
	}

} //ArchitectureObjectImpl
