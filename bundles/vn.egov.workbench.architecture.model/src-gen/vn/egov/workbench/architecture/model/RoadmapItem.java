/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.RoadmapItem#getPhase <em>Phase</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.RoadmapItem#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.RoadmapItem#getEndYear <em>End Year</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.RoadmapItem#getProjects <em>Projects</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.RoadmapItem#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getRoadmapItem()
 * @model
 * @generated
 */
public interface RoadmapItem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getRoadmapItem_Phase()
	 * @model
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.RoadmapItem#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getRoadmapItem_StartYear()
	 * @model default="0"
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.RoadmapItem#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getRoadmapItem_EndYear()
	 * @model default="0"
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.RoadmapItem#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The projects that carry out the item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Projects</em>' reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getRoadmapItem_Projects()
	 * @model
	 * @generated
	 */
	EList<Project> getProjects();

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements the item delivers or changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getRoadmapItem_Targets()
	 * @model
	 * @generated
	 */
	EList<Element> getTargets();

} // RoadmapItem
