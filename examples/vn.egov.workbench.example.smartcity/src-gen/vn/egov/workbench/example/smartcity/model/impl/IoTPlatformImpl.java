/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/smartcity.ecore.
 */
package vn.egov.workbench.example.smartcity.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.impl.ApplicationImpl;

import vn.egov.workbench.example.smartcity.model.IoTPlatform;
import vn.egov.workbench.example.smartcity.model.SmartcityPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Io TPlatform</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.example.smartcity.model.impl.IoTPlatformImpl#getSensorCount <em>Sensor Count</em>}</li>
 *   <li>{@link vn.egov.workbench.example.smartcity.model.impl.IoTPlatformImpl#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IoTPlatformImpl extends ApplicationImpl implements IoTPlatform {
	/**
	 * The default value of the '{@link #getSensorCount() <em>Sensor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensorCount()
	 * @generated
	 * @ordered
	 */
	protected static final int SENSOR_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSensorCount() <em>Sensor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensorCount()
	 * @generated
	 * @ordered
	 */
	protected int sensorCount = SENSOR_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final String PROTOCOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected String protocol = PROTOCOL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IoTPlatformImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SmartcityPackage.Literals.IO_TPLATFORM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSensorCount() {
		return sensorCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSensorCount(int newSensorCount) {
		int oldSensorCount = sensorCount;
		sensorCount = newSensorCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SmartcityPackage.IO_TPLATFORM__SENSOR_COUNT, oldSensorCount, sensorCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(String newProtocol) {
		String oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SmartcityPackage.IO_TPLATFORM__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SmartcityPackage.IO_TPLATFORM__SENSOR_COUNT:
				return getSensorCount();
			case SmartcityPackage.IO_TPLATFORM__PROTOCOL:
				return getProtocol();
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
			case SmartcityPackage.IO_TPLATFORM__SENSOR_COUNT:
				setSensorCount((Integer)newValue);
				return;
			case SmartcityPackage.IO_TPLATFORM__PROTOCOL:
				setProtocol((String)newValue);
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
			case SmartcityPackage.IO_TPLATFORM__SENSOR_COUNT:
				setSensorCount(SENSOR_COUNT_EDEFAULT);
				return;
			case SmartcityPackage.IO_TPLATFORM__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
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
			case SmartcityPackage.IO_TPLATFORM__SENSOR_COUNT:
				return sensorCount != SENSOR_COUNT_EDEFAULT;
			case SmartcityPackage.IO_TPLATFORM__PROTOCOL:
				return PROTOCOL_EDEFAULT == null ? protocol != null : !PROTOCOL_EDEFAULT.equals(protocol);
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
		result.append(" (sensorCount: ");
		result.append(sensorCount);
		result.append(", protocol: ");
		result.append(protocol);
		result.append(')');
		return result.toString();
	}

} //IoTPlatformImpl
