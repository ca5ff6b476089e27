/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/smartcity.ecore.
 */
package vn.egov.workbench.example.smartcity.model;

import vn.egov.workbench.architecture.model.Application;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Io TPlatform</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A smart-city IoT platform (nền tảng IoT đô thị thông minh): collects the data of sensors and devices
 * (environment, traffic, lighting, water) for the intelligent operations centre. An application, so every
 * application rule and relationship rule applies to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.example.smartcity.model.IoTPlatform#getSensorCount <em>Sensor Count</em>}</li>
 *   <li>{@link vn.egov.workbench.example.smartcity.model.IoTPlatform#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.example.smartcity.model.SmartcityPackage#getIoTPlatform()
 * @model
 * @generated
 */
public interface IoTPlatform extends Application {
	/**
	 * Returns the value of the '<em><b>Sensor Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of sensors and devices connected; 0 when not stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sensor Count</em>' attribute.
	 * @see #setSensorCount(int)
	 * @see vn.egov.workbench.example.smartcity.model.SmartcityPackage#getIoTPlatform_SensorCount()
	 * @model default="0"
	 * @generated
	 */
	int getSensorCount();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.example.smartcity.model.IoTPlatform#getSensorCount <em>Sensor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensor Count</em>' attribute.
	 * @see #getSensorCount()
	 * @generated
	 */
	void setSensorCount(int value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The devices' protocols, e.g. "MQTT, LoRaWAN".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see #setProtocol(String)
	 * @see vn.egov.workbench.example.smartcity.model.SmartcityPackage#getIoTPlatform_Protocol()
	 * @model
	 * @generated
	 */
	String getProtocol();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.example.smartcity.model.IoTPlatform#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(String value);

} // IoTPlatform
