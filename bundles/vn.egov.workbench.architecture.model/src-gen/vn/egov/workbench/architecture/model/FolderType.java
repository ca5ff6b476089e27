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
 * A representation of the literals of the enumeration '<em><b>Folder Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getFolderType()
 * @model
 * @generated
 */
public enum FolderType implements Enumerator {
	/**
	 * The '<em><b>USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_VALUE
	 * @generated
	 * @ordered
	 */
	USER(0, "USER", "USER"),

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION(1, "ORGANISATION", "ORGANISATION"),

	/**
	 * The '<em><b>STAKEHOLDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDERS_VALUE
	 * @generated
	 * @ordered
	 */
	STAKEHOLDERS(2, "STAKEHOLDERS", "STAKEHOLDERS"),

	/**
	 * The '<em><b>BUSINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS(3, "BUSINESS", "BUSINESS"),

	/**
	 * The '<em><b>DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_VALUE
	 * @generated
	 * @ordered
	 */
	DATA(4, "DATA", "DATA"),

	/**
	 * The '<em><b>APPLICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION_VALUE
	 * @generated
	 * @ordered
	 */
	APPLICATION(5, "APPLICATION", "APPLICATION"),

	/**
	 * The '<em><b>TECHNOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY(6, "TECHNOLOGY", "TECHNOLOGY"),

	/**
	 * The '<em><b>SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY(7, "SECURITY", "SECURITY"),

	/**
	 * The '<em><b>ACCESS CHANNELS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_CHANNELS_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESS_CHANNELS(8, "ACCESS_CHANNELS", "ACCESS_CHANNELS"),

	/**
	 * The '<em><b>POLICIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICIES_VALUE
	 * @generated
	 * @ordered
	 */
	POLICIES(9, "POLICIES", "POLICIES"),

	/**
	 * The '<em><b>PROJECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTS_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECTS(10, "PROJECTS", "PROJECTS"),

	/**
	 * The '<em><b>RELATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	RELATIONS(11, "RELATIONS", "RELATIONS"),

	/**
	 * The '<em><b>DIAGRAMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGRAMS_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGRAMS(12, "DIAGRAMS", "DIAGRAMS");

	/**
	 * The '<em><b>USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USER_VALUE = 0;

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_VALUE = 1;

	/**
	 * The '<em><b>STAKEHOLDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAKEHOLDERS_VALUE = 2;

	/**
	 * The '<em><b>BUSINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_VALUE = 3;

	/**
	 * The '<em><b>DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_VALUE = 4;

	/**
	 * The '<em><b>APPLICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPLICATION_VALUE = 5;

	/**
	 * The '<em><b>TECHNOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_VALUE = 6;

	/**
	 * The '<em><b>SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_VALUE = 7;

	/**
	 * The '<em><b>ACCESS CHANNELS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_CHANNELS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCESS_CHANNELS_VALUE = 8;

	/**
	 * The '<em><b>POLICIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICIES_VALUE = 9;

	/**
	 * The '<em><b>PROJECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECTS_VALUE = 10;

	/**
	 * The '<em><b>RELATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELATIONS_VALUE = 11;

	/**
	 * The '<em><b>DIAGRAMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGRAMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIAGRAMS_VALUE = 12;

	/**
	 * An array of all the '<em><b>Folder Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FolderType[] VALUES_ARRAY =
		new FolderType[] {
			USER,
			ORGANISATION,
			STAKEHOLDERS,
			BUSINESS,
			DATA,
			APPLICATION,
			TECHNOLOGY,
			SECURITY,
			ACCESS_CHANNELS,
			POLICIES,
			PROJECTS,
			RELATIONS,
			DIAGRAMS,
		};

	/**
	 * A public read-only list of all the '<em><b>Folder Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FolderType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Folder Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FolderType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FolderType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Folder Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FolderType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FolderType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Folder Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FolderType get(int value) {
		switch (value) {
			case USER_VALUE: return USER;
			case ORGANISATION_VALUE: return ORGANISATION;
			case STAKEHOLDERS_VALUE: return STAKEHOLDERS;
			case BUSINESS_VALUE: return BUSINESS;
			case DATA_VALUE: return DATA;
			case APPLICATION_VALUE: return APPLICATION;
			case TECHNOLOGY_VALUE: return TECHNOLOGY;
			case SECURITY_VALUE: return SECURITY;
			case ACCESS_CHANNELS_VALUE: return ACCESS_CHANNELS;
			case POLICIES_VALUE: return POLICIES;
			case PROJECTS_VALUE: return PROJECTS;
			case RELATIONS_VALUE: return RELATIONS;
			case DIAGRAMS_VALUE: return DIAGRAMS;
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
	private FolderType(int value, String name, String literal) {
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
	
} //FolderType
