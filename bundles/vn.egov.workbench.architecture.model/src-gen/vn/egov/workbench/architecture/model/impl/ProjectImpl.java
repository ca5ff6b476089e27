/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Project;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ProjectImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ProjectImpl#getBudgetVnd <em>Budget Vnd</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ProjectImpl#getFundingSource <em>Funding Source</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ProjectImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.impl.ProjectImpl#getEndYear <em>End Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends ElementImpl implements Project {
	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetVnd() <em>Budget Vnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetVnd()
	 * @generated
	 * @ordered
	 */
	protected static final long BUDGET_VND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBudgetVnd() <em>Budget Vnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetVnd()
	 * @generated
	 * @ordered
	 */
	protected long budgetVnd = BUDGET_VND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFundingSource() <em>Funding Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSource()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDING_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFundingSource() <em>Funding Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSource()
	 * @generated
	 * @ordered
	 */
	protected String fundingSource = FUNDING_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.PROJECT__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBudgetVnd() {
		return budgetVnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetVnd(long newBudgetVnd) {
		long oldBudgetVnd = budgetVnd;
		budgetVnd = newBudgetVnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.PROJECT__BUDGET_VND, oldBudgetVnd, budgetVnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFundingSource() {
		return fundingSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFundingSource(String newFundingSource) {
		String oldFundingSource = fundingSource;
		fundingSource = newFundingSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.PROJECT__FUNDING_SOURCE, oldFundingSource, fundingSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear) {
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.PROJECT__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear) {
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArchitecturePackage.PROJECT__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ArchitecturePackage.PROJECT__PHASE:
				return getPhase();
			case ArchitecturePackage.PROJECT__BUDGET_VND:
				return getBudgetVnd();
			case ArchitecturePackage.PROJECT__FUNDING_SOURCE:
				return getFundingSource();
			case ArchitecturePackage.PROJECT__START_YEAR:
				return getStartYear();
			case ArchitecturePackage.PROJECT__END_YEAR:
				return getEndYear();
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
			case ArchitecturePackage.PROJECT__PHASE:
				setPhase((String)newValue);
				return;
			case ArchitecturePackage.PROJECT__BUDGET_VND:
				setBudgetVnd((Long)newValue);
				return;
			case ArchitecturePackage.PROJECT__FUNDING_SOURCE:
				setFundingSource((String)newValue);
				return;
			case ArchitecturePackage.PROJECT__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case ArchitecturePackage.PROJECT__END_YEAR:
				setEndYear((Integer)newValue);
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
			case ArchitecturePackage.PROJECT__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case ArchitecturePackage.PROJECT__BUDGET_VND:
				setBudgetVnd(BUDGET_VND_EDEFAULT);
				return;
			case ArchitecturePackage.PROJECT__FUNDING_SOURCE:
				setFundingSource(FUNDING_SOURCE_EDEFAULT);
				return;
			case ArchitecturePackage.PROJECT__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case ArchitecturePackage.PROJECT__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
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
			case ArchitecturePackage.PROJECT__PHASE:
				return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
			case ArchitecturePackage.PROJECT__BUDGET_VND:
				return budgetVnd != BUDGET_VND_EDEFAULT;
			case ArchitecturePackage.PROJECT__FUNDING_SOURCE:
				return FUNDING_SOURCE_EDEFAULT == null ? fundingSource != null : !FUNDING_SOURCE_EDEFAULT.equals(fundingSource);
			case ArchitecturePackage.PROJECT__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case ArchitecturePackage.PROJECT__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
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
		result.append(" (phase: ");
		result.append(phase);
		result.append(", budgetVnd: ");
		result.append(budgetVnd);
		result.append(", fundingSource: ");
		result.append(fundingSource);
		result.append(", startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
