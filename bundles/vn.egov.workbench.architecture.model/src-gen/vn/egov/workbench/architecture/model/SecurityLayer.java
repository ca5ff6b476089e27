/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Security Layer</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The layers of the 4-layer information security model (Directive 14/CT-TTg).
 * <!-- end-model-doc -->
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getSecurityLayer()
 * @model
 * @generated
 */
public enum SecurityLayer implements Enumerator {
	/**
	 * The '<em><b>LAYER 1ONSITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_1ONSITE_VALUE
	 * @generated
	 * @ordered
	 */
	LAYER_1ONSITE(0, "LAYER_1_ONSITE", "LAYER_1_ONSITE"),

	/**
	 * The '<em><b>LAYER 2MONITORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_2MONITORING_VALUE
	 * @generated
	 * @ordered
	 */
	LAYER_2MONITORING(1, "LAYER_2_MONITORING", "LAYER_2_MONITORING"),

	/**
	 * The '<em><b>LAYER 3ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_3ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	LAYER_3ASSESSMENT(2, "LAYER_3_ASSESSMENT", "LAYER_3_ASSESSMENT"),

	/**
	 * The '<em><b>LAYER 4NATIONAL CONNECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_4NATIONAL_CONNECTION_VALUE
	 * @generated
	 * @ordered
	 */
	LAYER_4NATIONAL_CONNECTION(3, "LAYER_4_NATIONAL_CONNECTION", "LAYER_4_NATIONAL_CONNECTION");

	/**
	 * The '<em><b>LAYER 1ONSITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_1ONSITE
	 * @model name="LAYER_1_ONSITE"
	 * @generated
	 * @ordered
	 */
	public static final int LAYER_1ONSITE_VALUE = 0;

	/**
	 * The '<em><b>LAYER 2MONITORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_2MONITORING
	 * @model name="LAYER_2_MONITORING"
	 * @generated
	 * @ordered
	 */
	public static final int LAYER_2MONITORING_VALUE = 1;

	/**
	 * The '<em><b>LAYER 3ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_3ASSESSMENT
	 * @model name="LAYER_3_ASSESSMENT"
	 * @generated
	 * @ordered
	 */
	public static final int LAYER_3ASSESSMENT_VALUE = 2;

	/**
	 * The '<em><b>LAYER 4NATIONAL CONNECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_4NATIONAL_CONNECTION
	 * @model name="LAYER_4_NATIONAL_CONNECTION"
	 * @generated
	 * @ordered
	 */
	public static final int LAYER_4NATIONAL_CONNECTION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Security Layer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SecurityLayer[] VALUES_ARRAY =
		new SecurityLayer[] {
			LAYER_1ONSITE,
			LAYER_2MONITORING,
			LAYER_3ASSESSMENT,
			LAYER_4NATIONAL_CONNECTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Security Layer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SecurityLayer> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Security Layer</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityLayer get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SecurityLayer result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Security Layer</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityLayer getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SecurityLayer result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Security Layer</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityLayer get(int value) {
		switch (value) {
			case LAYER_1ONSITE_VALUE: return LAYER_1ONSITE;
			case LAYER_2MONITORING_VALUE: return LAYER_2MONITORING;
			case LAYER_3ASSESSMENT_VALUE: return LAYER_3ASSESSMENT;
			case LAYER_4NATIONAL_CONNECTION_VALUE: return LAYER_4NATIONAL_CONNECTION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SecurityLayer(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SecurityLayer
